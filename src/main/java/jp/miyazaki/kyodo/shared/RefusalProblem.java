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
    /** Null until a kind matched. */
    private final ProblemDetail problem;

    private RefusalProblem(ChangeRefused.Refusal refusal, ProblemDetail problem) {
        this.refusal = refusal;
        this.problem = problem;
    }

    public static RefusalProblem of(ChangeRefused refused) {
        return new RefusalProblem(refused.refusal(), null);
    }

    public RefusalProblem when(Class<? extends ChangeRefused.Refusal> kind, HttpStatus status, String detail) {
        return when(kind, status, any -> detail);
    }

    /** A detail that names what the refusal carries (a number, a name). */
    public <R extends ChangeRefused.Refusal> RefusalProblem when(Class<R> kind, HttpStatus status,
            Function<? super R, String> detail) {
        if (problem != null || !kind.isInstance(refusal)) {
            return this;
        }
        return new RefusalProblem(refusal, ProblemDetail.forStatusAndDetail(status, detail.apply(kind.cast(refusal))));
    }

    /** The problem; a refusal no {@code when} names is a programming error, as a missing case of a switch. */
    public ProblemDetail problem() {
        if (problem == null) {
            throw new IllegalStateException("no problem for " + refusal);
        }
        return problem;
    }
}
