package jp.miyazaki.kyodo.dialog.flow;

import java.util.List;

/**
 * Something a flow needs to know, with the question that asks for it.
 *
 * @param name      slot name, used in steps and {@code {{placeholders}}}
 * @param type      what kind of value it holds and how it is read from a message
 * @param prompt    the question (a template)
 * @param choices   quick replies offered with the question
 * @param invalid   the helpful message when an answer does not fit
 * @param retries   how many unfitting answers are tolerated before giving up
 * @param onFail    the step to go to after giving up; {@code null} ends the flow and offers the menu
 * @param pattern   an extra regular expression the value must match (free text)
 * @param min       smallest number accepted
 * @param max       largest number accepted (or longest text)
 * @param fromMessage the message that starts the flow fills this slot (e.g. an activity named in it)
 * @param defaultValue stands in, without asking, when nothing filled the slot (a reply chosen by the words used);
 *                    {@code null}: ask
 * @param multiple  a category slot takes every category the answer names (「子育てと環境」), comma-separated
 * @param format    {@code name}: a text slot takes only what looks like a person's name (not はい, a phone number
 *                  or a request); {@code null}: any text
 * @param fromMessageLength the shortest opening message a text slot is filled from ({@code from_message: 15}: a
 *                  message with content, not a bare 「相談したい」); 0: any
 * @param called    what citizens call it (名前, お名前), so 「名前まちがえました、〇〇です」 at a later question changes it
 */
public record Slot(String name, SlotType type, String prompt, List<ChoiceSpec> choices, String invalid, int retries,
        String onFail, String pattern, Integer min, Integer max, boolean fromMessage, String defaultValue,
        boolean multiple, String format, int fromMessageLength, List<String> called) {

    public static final String NAME_FORMAT = "name";

    public Slot(String name, SlotType type, String prompt, List<ChoiceSpec> choices, String invalid, int retries,
            String onFail, String pattern, Integer min, Integer max, boolean fromMessage, String defaultValue) {
        this(name, type, prompt, choices, invalid, retries, onFail, pattern, min, max, fromMessage, defaultValue,
                false, null, 0, List.of());
    }

    public Slot(String name, SlotType type, String prompt, List<ChoiceSpec> choices, String invalid, int retries,
            String onFail, String pattern, Integer min, Integer max, boolean fromMessage, String defaultValue,
            boolean multiple, String format, int fromMessageLength) {
        this(name, type, prompt, choices, invalid, retries, onFail, pattern, min, max, fromMessage, defaultValue,
                multiple, format, fromMessageLength, List.of());
    }

    public Slot(String name, SlotType type, String prompt, List<ChoiceSpec> choices, String invalid, int retries,
            String onFail, String pattern, Integer min, Integer max, boolean fromMessage) {
        this(name, type, prompt, choices, invalid, retries, onFail, pattern, min, max, fromMessage, null);
    }

    public static final int DEFAULT_RETRIES = 2;

    public Slot {
        choices = List.copyOf(choices);
        called = List.copyOf(called);
    }
}
