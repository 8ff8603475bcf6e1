package jp.miyazaki.kyodo.dialog;

import java.time.ZonedDateTime;
import java.util.Optional;

import jp.miyazaki.kyodo.nlu.Understanding;

/**
 * One thing a citizen did, as the dialog sees it. {@code userId} is LINE's opaque id; {@code understanding} is
 * present for text messages; {@code language} is the one to answer in ({@code ja}, {@code en}, {@code ja-easy}).
 */
public record Turn(String userId, UserInput input, Optional<Understanding> understanding, ZonedDateTime at,
        String language) {

    /** A turn answered in Japanese. */
    public Turn(String userId, UserInput input, Optional<Understanding> understanding, ZonedDateTime at) {
        this(userId, input, understanding, at, "ja");
    }
}
