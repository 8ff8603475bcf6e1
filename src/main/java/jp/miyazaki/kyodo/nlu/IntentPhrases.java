package jp.miyazaki.kyodo.nlu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One intent of {@code dialogs/intents.yml} with the example phrases the classifier learns from and, optionally,
 * the words that make a message naming a catalog item this intent whatever the classifier says (「〈活動名〉に
 * 申し込みたい」 is always a sign-up, however the title's own words read), and whether a message that only names a
 * district or a topic (「住吉は？」) means this intent.
 */
public record IntentPhrases(String name, String description, List<String> phrases, List<NamedCue> named,
        Optional<Alone> alone) {

    public IntentPhrases {
        phrases = List.copyOf(phrases);
        named = List.copyOf(named);
    }

    public IntentPhrases(String name, String description, List<String> phrases) {
        this(name, description, phrases, List.of(), Optional.empty());
    }

    /**
     * A message holding nothing but a district, topic or kind, particles, punctuation and the words {@code with}
     * (「住吉は？」「清武はどう？」) means this intent: the classifier has no words to go on there. So does a message the
     * classifier cannot place that names at least {@code facts} of district, topic, kind, date and need (「木花の
     * 花植え、夫婦で行きたいっちゃけど」); 0 when only the first rule holds.
     */
    public record Alone(List<String> with, int facts) {

        public Alone {
            with = List.copyOf(with);
            if (facts < 0) {
                throw new IllegalArgumentException("facts must not be negative");
            }
        }
    }

    /**
     * A message naming an item of {@code kind} (opportunity, grant, facility, group) and holding one of {@code cues}
     * but none of {@code unless} means this intent.
     */
    public record NamedCue(NameKind kind, List<String> cues, List<String> unless) {

        public NamedCue {
            cues = List.copyOf(cues);
            unless = List.copyOf(unless);
        }
    }

    public static List<IntentPhrases> load(Path file) {
        Map<String, Object> root = EntityVocabulary.readYaml(file);
        List<IntentPhrases> intents = EntityVocabulary.list(root, "intents", file).stream()
                .map(m -> new IntentPhrases(EntityVocabulary.text(m, "name", file),
                        String.valueOf(m.getOrDefault("description", "")), EntityVocabulary.strings(m, "phrases"),
                        named(m, file), alone(m, file)))
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
        if (intents.stream().filter(intent -> intent.alone().isPresent()).count() > 1) {
            throw new IllegalStateException(file + ": only one intent may take 'alone' messages");
        }
        if (!names.contains(Understanding.FALLBACK)) {
            throw new IllegalStateException(file + ": needs a '" + Understanding.FALLBACK
                    + "' intent with out-of-scope phrases");
        }
        return intents;
    }

    private static Optional<Alone> alone(Map<String, Object> intent, Path file) {
        if (!intent.containsKey("alone")) {
            return Optional.empty();
        }
        Object facts = intent.getOrDefault("alone_facts", 0);
        if (!(facts instanceof Integer count) || count < 0) {
            throw new IllegalStateException(file + ": intent '" + intent.get("name")
                    + "' has alone_facts '" + facts + "', not a whole number of 0 or more");
        }
        return Optional.of(new Alone(EntityVocabulary.strings(intent, "alone"), count));
    }

    @SuppressWarnings("unchecked")
    private static List<NamedCue> named(Map<String, Object> intent, Path file) {
        if (!(intent.get("named") instanceof Map<?, ?> named)) {
            return List.of();
        }
        List<NamedCue> cues = new ArrayList<>();
        ((Map<String, Object>) named).forEach((kind, words) -> {
            NameKind nameKind = NameKind.parse(kind).orElseThrow(() -> new IllegalStateException(file + ": intent '"
                    + intent.get("name") + "' names '" + kind + "', not one of opportunity, grant, facility, group"));
            Map<String, Object> spec = words instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
            cues.add(new NamedCue(nameKind, EntityVocabulary.strings(spec, "cues"),
                    EntityVocabulary.strings(spec, "unless")));
        });
        return cues;
    }
}
