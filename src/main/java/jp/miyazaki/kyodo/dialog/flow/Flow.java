package jp.miyazaki.kyodo.dialog.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One conversation a citizen can have with the bot, as a city officer wrote it in {@code dialogs/flows}.
 *
 * @param name         unique flow name, e.g. {@code signup}
 * @param title        what the flow is for, in Japanese (diagrams and logs)
 * @param file         the file it came from, relative to the dialogs folder
 * @param triggers     intents that start it
 * @param events       events that start it ({@code follow}, {@code location}: a shared location, put in its slot
 *                     {@code location} as {@code latitude,longitude})
 * @param global       its triggers win over slot filling inside any other flow (cancel, help)
 * @param interruption what happens to the flow it interrupts
 * @param resumable    whether it waits and resumes after another flow interrupts it; an optional one such as the
 *                     welcome is dropped instead, so it does not come back after every question
 * @param revisable    whether, right after it ends, a correction (「やっぱり高岡で」) runs it again with what it had
 *                     and the changed value (a search), instead of being read as a new request
 * @param keepsRequests whether a request made while it asks waits for it to end and is then carried on (the
 *                     welcome: a sign-up asked for before consent goes on after it), instead of dropping it
 * @param refine       the step that, right after a revisable flow ends, takes a message the understanding cannot
 *                     place (「スマホの使い方」 after a course list) in slot {@code message}, with the flow's
 *                     conditions; {@code null} when such a message is answered as any other
 * @param slots        what the flow asks for, by name
 * @param steps        the steps in file order; the first is where the flow starts
 * @param templates    named reply texts with {@code {{placeholders}}}
 * @param questions    what a citizen may ask about the flow's subject at any of its questions (「集合場所は？」 during
 *                     a sign-up), answered from its slots before the question is asked again
 * @param translations the other languages of its texts ({@code en}, {@code ja-easy}), by the Japanese text
 * @param cues         words that start it instead of the flow of the message's intent, when that intent is one of
 *                     {@code cueIntents}, no question is open and the message names no district (「近くの公民館」 reads
 *                     as a facility search; 「この近くにガソリンスタンドある？」 as nothing the bot does, and stays so)
 * @param cueIntents   the intents whose messages its cues take over
 */
public record Flow(String name, String title, String file, List<String> triggers, List<String> events,
        boolean global, Interruption interruption, boolean resumable, boolean revisable, boolean keepsRequests,
        String refine, Map<String, Slot> slots, Map<String, Step> steps, Map<String, String> templates,
        List<Question> questions, Map<String, Map<String, String>> translations, List<String> cues,
        List<String> cueIntents) {

    /** A flow written in Japanese only. */
    public Flow(String name, String title, String file, List<String> triggers, List<String> events, boolean global,
            Interruption interruption, boolean resumable, boolean revisable, Map<String, Slot> slots,
            Map<String, Step> steps, Map<String, String> templates) {
        this(name, title, file, triggers, events, global, interruption, resumable, revisable, false, null, slots,
                steps, templates, List.of(), Map.of(), List.of(), List.of());
    }

    /**
     * The slot the {@code refine} step finds the refining message in: named as in the fallback, so the same actions
     * (city.guide) read it.
     */
    public static final String REFINEMENT = "message";

    public Flow {
        triggers = List.copyOf(triggers);
        events = List.copyOf(events);
        slots = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(slots));
        steps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(steps));
        templates = Map.copyOf(templates);
        questions = List.copyOf(questions);
        translations = Map.copyOf(translations);
        cues = List.copyOf(cues);
        cueIntents = List.copyOf(cueIntents);
    }

    /** {@code japanese}, a text of this flow, in {@code language}; the Japanese where that one is not written. */
    public String text(String japanese, String language) {
        return translations.getOrDefault(japanese, Map.of()).getOrDefault(language, japanese);
    }

    public String firstStep() {
        return steps.keySet().iterator().next();
    }

    public Optional<Step> step(String id) {
        return Optional.ofNullable(id == null ? null : steps.get(id));
    }

    /**
     * A question about the flow's subject and its answer: a message with one of {@code words} that answers no open
     * question gets {@code answer} (a template of the flow's slots), when every slot it names is known.
     */
    public record Question(List<String> words, String answer, int line) {

        public Question {
            words = List.copyOf(words);
        }
    }

    /** What happens to the flow a citizen was in when this flow starts in the middle of it. */
    public enum Interruption {
        /** The interrupted flow waits and resumes where it was when this one ends. */
        RESUME,
        /** The interrupted flow (and anything waiting) is dropped, as for cancel and the menu. */
        DISCARD
    }
}
