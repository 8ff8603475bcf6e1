package jp.miyazaki.kyodo.nlu;

import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

/** Understanding limited to Kuromoji's tokens, until the intent classifier is trained from {@code dialogs/}. */
@Component
public class TokenOnlyUnderstanding implements LanguageUnderstanding {

    private final MorphologicalAnalyzer analyzer = new MorphologicalAnalyzer();

    public TokenOnlyUnderstanding() {
        // Loads Kuromoji's dictionary now rather than during the first citizen's message.
        analyzer.tokenize("宮崎市の市民活動");
    }

    @Override
    public Understanding parse(String text, ZonedDateTime referenceTime) {
        IntentScore unknown = new IntentScore(Understanding.FALLBACK, 1.0);
        return new Understanding(unknown, List.of(unknown), Slots.NONE, analyzer.tokenize(text));
    }
}
