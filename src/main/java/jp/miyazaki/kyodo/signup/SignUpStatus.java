package jp.miyazaki.kyodo.signup;

import jp.miyazaki.kyodo.label.Labelled;

/** Whether a sign-up has a place or waits for one; labels in {@code dialogs/messages/signup.yml}. */
public enum SignUpStatus implements Labelled {
    CONFIRMED, WAITLISTED
}
