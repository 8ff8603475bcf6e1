package jp.miyazaki.kyodo.dialog.flow;

import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * One entry of {@code dialogs/messages}: its text per language ({@code ja} always; {@code en}, {@code ja-easy}
 * where written) and where it is written, for problems. A label may also list words: {@code also}, other names of
 * the same thing that a form or a flow may pass instead of it, and {@code in-messages}, words that name it inside a
 * citizen's message.
 */
@NamedInterface("flow")
public record Message(String key, Map<String, String> texts, List<String> also, List<String> inMessages,
        String file, int line) {

    public Message {
        texts = Map.copyOf(texts);
        also = List.copyOf(also);
        inMessages = List.copyOf(inMessages);
    }

    public Message(String key, Map<String, String> texts, String file, int line) {
        this(key, texts, List.of(), List.of(), file, line);
    }

    /** The text in {@code language}, or the Japanese one where that language is not written yet. */
    public String text(String language) {
        return texts.getOrDefault(language, texts.get(MessageFiles.JAPANESE));
    }
}
