package jp.miyazaki.kyodo.shared;

import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A {@link ChangeRefused} as the admin API's RFC 9457 problem: each kind of refusal the service has gets a status
 * and a detail; the first kind that matches answers.
 */
public final class RefusalProblem {

    private final ChangeRefused.Refusal refusal;
    private ProblemDetail problem;

    private RefusalProblem(ChangeRefused.Refusal refusal) {
        this.refusal = refusal;
    }

    public static RefusalProblem of(ChangeRefused refused) {
        return new RefusalProblem(refused.refusal());
    }

    public RefusalProblem when(Class<? extends ChangeRefused.Refusal> kind, HttpStatus status, String detail) {
        return when(kind, status, refusal -> detail);
    }

    /** A detail that names what the refusal carries (a number, a name). */
    public <R extends ChangeRefused.Refusal> RefusalProblem when(Class<R> kind, HttpStatus status,
            Function<? super R, String> detail) {
        if (problem == null && kind.isInstance(refusal)) {
            problem = ProblemDetail.forStatusAndDetail(status, detail.apply(kind.cast(refusal)));
        }
        return this;
    }

    /** The problem; a refusal no {@code when} names is a programming error, as a missing case of a switch. */
    public ProblemDetail problem() {
        if (problem == null) {
            throw new IllegalStateException("no problem for " + refusal);
        }
        return problem;
    }
}
