package jp.miyazaki.kyodo.shared;

/**
 * A change a feature's use-case service refused before anything was stored, audited or sent. Why is the
 * service's own sealed set of {@link Refusal}s; its admin API answers them as problems ({@link RefusalProblem})
 * and its console in staff's words, each for its own service's refusals only.
 */
public final class ChangeRefused extends RuntimeException {

    /** Extended by each service's sealed set of reasons. */
    public interface Refusal {
    }

    private final transient Refusal refusal;

    public ChangeRefused(Refusal refusal) {
        super(refusal.toString(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
