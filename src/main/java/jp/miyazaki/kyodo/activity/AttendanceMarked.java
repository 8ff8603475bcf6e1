package jp.miyazaki.kyodo.activity;

/**
 * What marking an activity did: how many confirmed sign-ups are present and absent, how many people came, and
 * how many milestones were crossed (each is thanked with a card).
 */
public record AttendanceMarked(String opportunityId, int present, int absent, int people, int milestones) {
}
