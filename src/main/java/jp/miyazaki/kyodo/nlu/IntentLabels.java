package jp.miyazaki.kyodo.nlu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.miyazaki.kyodo.shared.LineLimits;

/**
 * The short name of each intent a citizen may be asked about (「〜ということですか？」), from the {@code label} of
 * the intent in {@code dialogs/intents.yml}: a text, or one per language ({@code ja}, {@code en}, {@code ja-easy}).
 * An intent without a label is never offered (greetings, cancel); {@code fallback} may not have one.
 */
public record IntentLabels(Map<String, Map<String, String>> byIntent) {

    public static final IntentLabels NONE = new IntentLabels(Map.of());
    static final String JAPANESE = "ja";
    private static final Set<String> LANGUAGES = Set.of(JAPANESE, "en", "ja-easy");

    public IntentLabels {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        byIntent.forEach((intent, labels) -> copy.put(intent, Map.copyOf(labels)));
        byIntent = Map.copyOf(copy);
    }

    /** Whether the intent may be offered as an answer to 「〜ということですか？」. */
    public boolean has(String intent) {
        return byIntent.containsKey(intent);
    }

    /** The label in {@code language}, or the Japanese one where that language is not written. */
    public Optional<String> label(String intent, String language) {
        Map<String, String> labels = byIntent.get(intent);
        if (labels == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(labels.getOrDefault(language, labels.get(JAPANESE)));
    }

    /**
     * Reads the labels of {@code intents.yml}; every problem (no Japanese, an unknown language, longer than a LINE
     * button holds, a label on fallback) is listed in one exception, so a wrong file stops the start.
     */
    public static IntentLabels load(Path file) {
        Map<String, Object> root = EntityVocabulary.readYaml(file);
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> intent : EntityVocabulary.list(root, "intents", file)) {
            String name = EntityVocabulary.text(intent, "name", file);
            Object label = intent.get("label");
            if (label == null) {
                continue;
            }
            Map<String, String> texts = new LinkedHashMap<>();
            if (label instanceof Map<?, ?> map) {
                map.forEach((language, text) -> texts.put(String.valueOf(language), String.valueOf(text)));
            } else {
                texts.put(JAPANESE, String.valueOf(label));
            }
            problems.addAll(problems(name, texts));
            labels.put(name, texts);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(file + ": " + String.join("; ", problems));
        }
        return new IntentLabels(labels);
    }

    private static List<String> problems(String intent, Map<String, String> texts) {
        List<String> problems = new ArrayList<>();
        String where = "label of intent '" + intent + "'";
        if (Understanding.FALLBACK.equals(intent)) {
            problems.add(where + ": fallback is never offered (「ちがう」 stands for it)");
        }
        if (!texts.containsKey(JAPANESE) || texts.get(JAPANESE).isBlank()) {
            problems.add(where + " needs a Japanese text (ja)");
        }
        texts.forEach((language, text) -> {
            if (!LANGUAGES.contains(language)) {
                problems.add(where + ": unknown language '" + language + "' (known: ja, en, ja-easy)");
            } else if (text.isBlank() || text.length() > LineLimits.ACTION_LABEL_LENGTH) {
                problems.add(where + " (" + language + ") must be 1 to " + LineLimits.ACTION_LABEL_LENGTH
                        + " characters, a button's label");
            }
        });
        return problems;
    }
}
