package jp.miyazaki.kyodo.consultation;

import java.time.Instant;

/**
 * One message in a consultation's thread: what the citizen wrote, or an answer staff sent on LINE ({@code staff}
 * is who sent it; {@code null} for the citizen's).
 */
public record ConsultationMessage(Instant at, Sender from, String staff, String text) {

    /** Who wrote a message. */
    public enum Sender {
        CITIZEN, STAFF
    }

    public static ConsultationMessage fromCitizen(Instant at, String text) {
        return new ConsultationMessage(at, Sender.CITIZEN, null, text);
    }

    public static ConsultationMessage answer(Instant at, String staff, String text) {
        return new ConsultationMessage(at, Sender.STAFF, staff, text);
    }

    public boolean byStaff() {
        return from == Sender.STAFF;
    }
}
