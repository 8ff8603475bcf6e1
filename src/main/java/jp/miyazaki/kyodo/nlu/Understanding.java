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
}
