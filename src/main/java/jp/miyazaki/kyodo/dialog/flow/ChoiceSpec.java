package jp.miyazaki.kyodo.dialog.flow;

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
 */
public record ChoiceSpec(String label, String value, String intent, String pick, int line) {
}
