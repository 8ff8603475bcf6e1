package jp.miyazaki.kyodo.activity;

/** Why attendance could not be marked; the message is for staff, in Japanese. */
public class AttendanceRefused extends RuntimeException {

    /** What was wrong. */
    public enum Reason { NOT_FOUND, NOT_STARTED, UNKNOWN_REFERENCE }

    private final Reason reason;

    public AttendanceRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
