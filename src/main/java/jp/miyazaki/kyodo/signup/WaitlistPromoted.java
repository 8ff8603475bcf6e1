package jp.miyazaki.kyodo.signup;

import java.util.List;

/**
 * Published when a cancellation gave places to people on the waitlist, so whoever can push messages tells them:
 * {@code message} is the polite Japanese text to send to each of {@code userIds}.
 */
public record WaitlistPromoted(String opportunityId, List<String> userIds, String message) {

    public WaitlistPromoted {
        userIds = List.copyOf(userIds);
    }
}
