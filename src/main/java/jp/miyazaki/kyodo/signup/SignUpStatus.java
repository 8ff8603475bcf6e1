package jp.miyazaki.kyodo.signup;

/** Whether a sign-up has a place or waits for one. */
public enum SignUpStatus {
    CONFIRMED("確定"),
    WAITLISTED("キャンセル待ち");

    private final String label;

    SignUpStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
