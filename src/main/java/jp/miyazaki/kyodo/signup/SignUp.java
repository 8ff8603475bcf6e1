package jp.miyazaki.kyodo.signup;

import java.time.Instant;

/** One citizen's sign-up for an opportunity, for {@code people} people including themselves. */
public record SignUp(String opportunityId, String userId, String name, String contact, int people,
        SignUpStatus status, Instant signedUpAt) {
}
