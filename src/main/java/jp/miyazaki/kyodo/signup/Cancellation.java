package jp.miyazaki.kyodo.signup;

import java.util.List;

/** The result of cancelling: whether there was a sign-up, and who moved up from the waitlist as a result. */
public record Cancellation(boolean cancelled, List<String> promotedUserIds) {

    public Cancellation {
        promotedUserIds = List.copyOf(promotedUserIds);
    }
}
