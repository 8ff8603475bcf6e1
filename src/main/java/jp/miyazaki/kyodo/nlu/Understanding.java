package jp.miyazaki.kyodo.nlu;

import java.util.List;

/** What one message means: the best intent, the full ranking, the slots and the tokens. */
public record Understanding(IntentScore intent, List<IntentScore> ranking, Slots slots, List<Token> tokens) {

    public static final String FALLBACK = "fallback";

    public Understanding {
        ranking = List.copyOf(ranking);
        tokens = List.copyOf(tokens);
    }

    public boolean is(String intentName) {
        return intent.name().equals(intentName);
    }

    /**
     * The intents the message most likely means, for asking 「〜ということですか？」 instead of guessing: the best-ranked
     * intent other than fallback, then those after it whose confidence is within {@code margin} of its own, at most
     * {@code max}, best first with their scores. Two or more means the top intents are close. Fallback is never
     * offered: 「ちがう」 stands for it.
     */
    public List<IntentScore> closeCandidates(double margin, int max) {
        List<IntentScore> inScope = ranking.stream().filter(score -> !score.name().equals(FALLBACK)).toList();
        if (inScope.isEmpty()) {
            return List.of();
        }
        double floor = inScope.get(0).confidence() - margin;
        return inScope.stream().filter(score -> score.confidence() >= floor).limit(max).toList();
    }
}
