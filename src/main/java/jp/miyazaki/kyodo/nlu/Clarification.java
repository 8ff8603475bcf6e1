package jp.miyazaki.kyodo.nlu;

import java.util.List;
import java.util.function.Predicate;

/**
 * When to ask 「〜ということですか？」 rather than act on a guess: the message is understood as an intent that may be
 * offered, and either its confidence is under {@code below} ({@code bareBelow} for a message that names no topic,
 * district, date, kind or catalog item) or another offered intent is within {@code margin} of it. The defaults were
 * chosen on {@code evaluation.tsv}, the out-of-scope corpus and the scenario benchmark (see {@code docs/nlu.md}).
 *
 * @param below      confidence under which the understood intent is asked about (the fallback threshold is the
 *                   band's lower end: under it the answer is fallback, not a question)
 * @param bareBelow  the same for a message that names none of the bot's conditions: out-of-scope messages (仕事を
 *                   探しています) name none, so the band reaches higher for them
 * @param margin     how close another intent's confidence must come to the best one's to be offered too
 * @param candidates how many intents are offered at most
 */
public record Clarification(double below, double bareBelow, double margin, int candidates) {

    public static final double DEFAULT_BELOW = 0.50;
    public static final double DEFAULT_BARE_BELOW = 0.55;
    public static final double DEFAULT_MARGIN = 0.15;
    public static final int DEFAULT_CANDIDATES = 3;
    public static final Clarification DEFAULTS = new Clarification(DEFAULT_BELOW, DEFAULT_BARE_BELOW, DEFAULT_MARGIN,
            DEFAULT_CANDIDATES);

    public Clarification {
        if (below < 0 || below > 1 || bareBelow < 0 || bareBelow > 1 || margin < 0 || margin > 1 || candidates < 1) {
            throw new IllegalArgumentException("below, bareBelow and margin must be in [0, 1], candidates at least 1");
        }
    }

    /**
     * The intents to offer, best first, when the message should be asked about; empty when it is acted on as
     * understood (fallback, an intent that is never offered, or a clear best intent).
     */
    public List<IntentScore> candidates(Understanding understanding, Predicate<String> offered) {
        IntentScore best = understanding.intent();
        if (best.name().equals(Understanding.FALLBACK) || !offered.test(best.name())) {
            return List.of();
        }
        List<IntentScore> close = understanding.closeCandidates(margin, Integer.MAX_VALUE).stream()
                .filter(score -> offered.test(score.name())).limit(candidates).toList();
        if (close.isEmpty() || !close.get(0).name().equals(best.name())) {
            return List.of();
        }
        double band = namesNothing(understanding.slots()) ? bareBelow : below;
        return best.confidence() < band || close.size() >= 2 ? close : List.of();
    }

    private static boolean namesNothing(Slots slots) {
        return slots.category() == null && slots.district() == null && slots.date() == null && slots.kind() == null
                && slots.opportunity() == null && slots.grant() == null && slots.facility() == null
                && slots.group() == null;
    }
}
