package jp.miyazaki.kyodo.dialog.flow;

import java.util.Map;

/**
 * One entry of {@code dialogs/messages}: its text per language ({@code ja} always; {@code en}, {@code ja-easy}
 * where written) and where it is written, for problems.
 */
public record Message(String key, Map<String, String> texts, String file, int line) {

    public Message {
        texts = Map.copyOf(texts);
    }

    /** The text in {@code language}, or the Japanese one where that language is not written yet. */
    public String text(String language) {
        return texts.getOrDefault(language, texts.get(MessageFiles.JAPANESE));
    }
}
