package jp.miyazaki.kyodo.dialog.flow;

import java.util.List;

/**
 * A quick-reply button as written in a flow. Exactly one behaviour applies: {@code value} answers the slot being
 * asked (a postback), {@code intent} starts the flow of that intent, {@code pick} opens a date picker, and with
 * none of them the label is sent as if typed.
 *
 * @param label what the button says (LINE allows 20 characters)
 * @param value the slot value it stands for
 * @param intent the intent it triggers
 * @param pick {@code date} to open a date picker
 * @param line where it is written, for diagnostics
 * @param words other words that, inside a message, mean this answer (「経理」 for 会計・経理)
 */
public record ChoiceSpec(String label, String value, String intent, String pick, int line, List<String> words) {

    public ChoiceSpec(String label, String value, String intent, String pick, int line) {
        this(label, value, intent, pick, line, List.of());
    }

    public ChoiceSpec {
        words = List.copyOf(words);
    }
}
