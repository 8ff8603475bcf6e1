package jp.miyazaki.kyodo.dialog;

import java.time.ZonedDateTime;
import java.util.Optional;

import jp.miyazaki.kyodo.nlu.Understanding;

/**
 * One thing a citizen did, as the dialog sees it. {@code userId} is LINE's opaque id; {@code understanding} is
 * present for text messages.
 */
public record Turn(String userId, UserInput input, Optional<Understanding> understanding, ZonedDateTime at) {
}
