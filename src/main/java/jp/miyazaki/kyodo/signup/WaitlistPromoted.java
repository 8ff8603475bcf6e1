package jp.miyazaki.kyodo.signup;

import java.util.List;

/**
 * Published when a cancellation gave places to people on the waitlist, so whoever can push messages tells them
 * their sign-up is now confirmed.
 */
public record WaitlistPromoted(String opportunityId, List<String> userIds) {

    public WaitlistPromoted {
        userIds = List.copyOf(userIds);
    }
}
