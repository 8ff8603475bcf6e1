package jp.miyazaki.kyodo.activity;

/**
 * What marking an activity did: how many confirmed sign-ups are present and absent, how many people came,
 * how many milestones were crossed (each is thanked with a card), and the activity's title.
 */
public record AttendanceMarked(String opportunityId, int present, int absent, int people, int milestones,
        String title) {
}
