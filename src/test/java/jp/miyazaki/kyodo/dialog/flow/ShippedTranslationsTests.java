package jp.miyazaki.kyodo.dialog.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every flow and message file is written in all three languages, and every やさしい日本語 text keeps to the usual
 * guidelines as far as a program can measure them: short sentences and few kanji.
 */
class ShippedTranslationsTests {

    private static final List<String> OTHER_LANGUAGES = List.of("en", "ja-easy");
    private static final int MAX_SENTENCE = 30;
    private static final int LABEL_LENGTH = 20;
    private static final double MAX_KANJI_SHARE = 0.20;
    private static final Pattern NOT_MEASURED = Pattern.compile("\\{\\{\\w+}}|https?://\\S+|[A-Za-z0-9@./:-]+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\w+}}");
    private static final Pattern SENTENCE_END = Pattern.compile("[。？！?!\\n]");

    @TempDir
    Path dir;

    @Test
    void everyTextOfTheTranslatedFlowsAndMessagesHasEveryLanguage() {
        FlowSet flows = ShippedFlows.load(dir);
        List<String> missing = new ArrayList<>();
        for (Flow flow : flows.all()) {
            // A text of placeholders only ("{{text}}", an action's reply) has nothing to translate.
            texts(flow).stream().filter(text -> !PLACEHOLDER.matcher(text).replaceAll("").isBlank())
                    .forEach(text -> OTHER_LANGUAGES.stream()
                    .filter(language -> !flow.translations().getOrDefault(text, Map.of()).containsKey(language))
                    .forEach(language -> missing.add(flow.file() + ": " + language + " of " + text)));
        }
        ShippedFlows.wording().messages().values()
                .forEach(message -> OTHER_LANGUAGES.stream().filter(l -> !message.texts().containsKey(l))
                        .forEach(l -> missing.add(message.file() + ":" + message.line() + ": " + l)));

        List<String> longLabels = new ArrayList<>();
        flows.all().forEach(flow -> flow.steps().values().stream().filter(Step.Say.class::isInstance)
                .flatMap(step -> ((Step.Say) step).choices().stream())
                .forEach(choice -> flow.translations().getOrDefault(choice.label(), Map.of()).values().stream()
                        .filter(label -> label.length() > LABEL_LENGTH).forEach(longLabels::add)));

        assertThat(missing).isEmpty();
        assertThat(longLabels).as("translated button labels longer than LINE's 20 characters").isEmpty();
        assertThat(flows.words().message("yes", "en")).isEqualTo("Yes");
        assertThat(flows.words().message("no", "en")).isEqualTo("No");
    }

    @Test
    void everyEasyJapaneseTextHasShortSentencesAndFewKanji() {
        FlowSet flows = ShippedFlows.load(dir);
        Map<String, String> easy = new LinkedHashMap<>();
        flows.all().forEach(flow -> flow.translations().forEach((japanese, others) -> {
            if (others.containsKey("ja-easy")) {
                easy.put(flow.file() + ": " + japanese, others.get("ja-easy"));
            }
        }));
        ShippedFlows.wording().messages().values().stream().filter(m -> m.texts().containsKey("ja-easy"))
                .forEach(m -> easy.put(m.file() + ":" + m.line(), m.texts().get("ja-easy")));
        List<String> problems = new ArrayList<>();
        easy.forEach((where, text) -> {
            String measured = NOT_MEASURED.matcher(text).replaceAll("").replaceAll("[\\s　]", "");
            long kanji = measured.codePoints()
                    .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
            if (!measured.isEmpty() && kanji > MAX_KANJI_SHARE * measured.codePointCount(0, measured.length())) {
                problems.add(where + ": " + kanji + " kanji in " + measured.length() + " characters: " + text);
            }
            for (String sentence : SENTENCE_END.split(NOT_MEASURED.matcher(text).replaceAll("X"))) {
                String letters = sentence.replaceAll("[\\s　]", "");
                if (letters.length() > MAX_SENTENCE) {
                    problems.add(where + ": a sentence of " + letters.length() + " characters: " + sentence);
                }
            }
        });

        assertThat(easy).hasSizeGreaterThan(50);
        assertThat(problems).isEmpty();
    }

    /**
     * The texts a citizen reads: prompts, invalid answers, say steps, templates, answers to questions about the flow
     * and the labels of buttons.
     */
    private static List<String> texts(Flow flow) {
        List<String> texts = new ArrayList<>(flow.templates().values());
        for (Slot slot : flow.slots().values()) {
            texts.add(slot.prompt());
            if (slot.invalid() != null) {
                texts.add(slot.invalid());
            }
            // A slot filled from the message lists the words it reads; the language names read the same anywhere.
            if (!slot.fromMessage()) {
                slot.choices().stream().filter(c -> !c.label().equals(c.value())).forEach(c -> texts.add(c.label()));
            }
        }
        flow.questions().forEach(question -> texts.add(question.answer()));
        for (Step step : flow.steps().values()) {
            if (step instanceof Step.Say say) {
                if (say.text() != null) {
                    texts.add(say.text());
                }
                say.choices().forEach(choice -> texts.add(choice.label()));
            }
        }
        return texts;
    }
}
