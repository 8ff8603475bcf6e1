package jp.miyazaki.kyodo.signup;

import java.util.Optional;

/** What happened to a sign-up request; {@code signUp} is present when it was recorded. */
public record SignUpOutcome(Kind kind, Optional<SignUp> signUp) {

    /** The closed set of answers; the lower-case name is the outcome word flows branch on. */
    public enum Kind {
        CONFIRMED, WAITLISTED, FULL, DUPLICATE, CLOSED, NOT_FOUND;

        public String word() {
            return name().toLowerCase();
        }
    }

    static SignUpOutcome of(Kind kind) {
        return new SignUpOutcome(kind, Optional.empty());
    }
}
