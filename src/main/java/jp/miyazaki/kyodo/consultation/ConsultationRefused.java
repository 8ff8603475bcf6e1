package jp.miyazaki.kyodo.consultation;

/**
 * Why the inbox did not do what staff asked. The admin API answers it as a 4xx problem, the console as a Japanese
 * sentence; both get it from the same service.
 */
public class ConsultationRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What stood in the way. */
    public enum Reason {
        /** No consultation with that 受付番号. */
        NOT_FOUND,
        /** The consultation is 完了: no answer, no new assignee. */
        CLOSED,
        /** Assigned to a name that is no staff account. */
        NO_SUCH_STAFF,
        /** An answer with nothing in it. */
        EMPTY_ANSWER,
        /** An answer longer than {@link ConsultationAnswers#MAX_ANSWER}. */
        ANSWER_TOO_LONG
    }

    private final Reason reason;

    public ConsultationRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
