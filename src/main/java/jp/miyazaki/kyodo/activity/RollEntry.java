package jp.miyazaki.kyodo.activity;

/** One confirmed sign-up on an activity's roll: its reference (S00042), the name given, people, present. */
public record RollEntry(String reference, String name, int people, boolean present) {
}
