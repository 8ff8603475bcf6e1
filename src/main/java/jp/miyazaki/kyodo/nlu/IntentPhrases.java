package jp.miyazaki.kyodo.nlu;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One intent of {@code dialogs/intents.yml} with the example phrases the classifier learns from. */
public record IntentPhrases(String name, String description, List<String> phrases) {

    public IntentPhrases {
        phrases = List.copyOf(phrases);
    }

    public static List<IntentPhrases> load(Path file) {
        Map<String, Object> root = EntityVocabulary.readYaml(file);
        List<IntentPhrases> intents = EntityVocabulary.list(root, "intents", file).stream()
                .map(m -> new IntentPhrases(EntityVocabulary.text(m, "name", file),
                        String.valueOf(m.getOrDefault("description", "")), EntityVocabulary.strings(m, "phrases")))
                .toList();
        Set<String> names = new HashSet<>();
        for (IntentPhrases intent : intents) {
            if (!names.add(intent.name())) {
                throw new IllegalStateException(file + ": intent '" + intent.name() + "' is defined twice");
            }
            if (intent.phrases().isEmpty()) {
                throw new IllegalStateException(file + ": intent '" + intent.name() + "' has no phrases");
            }
        }
        if (!names.contains(Understanding.FALLBACK)) {
            throw new IllegalStateException(file + ": needs a '" + Understanding.FALLBACK
                    + "' intent with out-of-scope phrases");
        }
        return intents;
    }
}
