package jp.miyazaki.kyodo.privacy;

/** What deleting a citizen's data removed. */
public record Erasure(int signUpsCancelled, int consultationsDeleted, int keysDeleted) {
}
