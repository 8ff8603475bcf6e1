package jp.miyazaki.kyodo.signup;

import java.time.Instant;

/**
 * One citizen's sign-up for an opportunity, for {@code people} people including themselves; {@code reference}
 * is the short number the citizen is told (S00042).
 */
public record SignUp(String reference, String opportunityId, String userId, String name, String contact,
        int people, SignUpStatus status, Instant signedUpAt) {
}
