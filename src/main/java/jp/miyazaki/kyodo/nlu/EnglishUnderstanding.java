package jp.miyazaki.kyodo.nlu;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Kyodo Bot's understanding of English: the same classifier as the Japanese one ({@link IntentClassifier} over
 * tf-idf weighted, hashed features) trained from {@code dialogs/en/intents.yml}, on Lucene's English analysis (lower
 * case, Porter stems, the stop words of {@code dialogs/en/entities.yml}); slots from the English vocabularies of
 * that file and {@link EnglishDates}. Thread-safe after construction.
 */
public final class EnglishUnderstanding implements LanguageUnderstanding {

    /** What a district's words read as for the classifier, so an unseen district still looks like one. */
    static final String DISTRICT_PLACEHOLDER = "xdistrict";
    static final String TOPIC_MARK = "xtopic";
    private static final Pattern NOT_BUT =
            Pattern.compile("\\b(?:not|no)\\b[^.;!?]*?\\b(?:but|rather)\\b|\\bi mean\\b");
    private static final int MASK = IntentFeatures.DIMENSIONS - 1;
    private static final int STEM = 0x2545F491;
    private static final int BIGRAM = 0x61C88647;
    private static final int GRAM = 0x1B873593;

    private final TextNormalizer normalizer = new TextNormalizer();
    private final EnglishWords analysis;
    private final EnglishEntities entities;
    private final EnglishDates dates = new EnglishDates();
    private final IntentFeatures features;
    private final IntentClassifier classifier;
    private final Optional<AloneRule> aloneRule;
    private final double threshold;
    /** Words a search does not look for ({@code search_stop_words} of {@code en/entities.yml}). */
    private final Set<String> searchStopWords;

    private EnglishUnderstanding(EnglishWords analysis, EnglishEntities entities, IntentFeatures features,
            IntentClassifier classifier, Optional<AloneRule> aloneRule, double threshold,
            Set<String> searchStopWords) {
        this.analysis = analysis;
        this.searchStopWords = searchStopWords;
        this.entities = entities;
        this.features = features;
        this.classifier = classifier;
        this.aloneRule = aloneRule;
        this.threshold = threshold;
    }

    /** Whether {@code dialogsDir} holds the English files ({@code en/intents.yml}, {@code en/entities.yml}). */
    public static boolean presentIn(Path dialogsDir) {
        return dialogsDir.resolve("en/intents.yml").toFile().isFile()
                && dialogsDir.resolve("en/entities.yml").toFile().isFile();
    }

    /** Reads {@code en/intents.yml} and {@code en/entities.yml} from {@code dialogsDir}. */
    public static EnglishUnderstanding fromDialogs(Path dialogsDir, double threshold) {
        return train(IntentPhrases.load(dialogsDir.resolve("en/intents.yml")),
                EnglishVocabulary.load(dialogsDir.resolve("en/entities.yml")), threshold);
    }

    /** Trains on the English phrases of {@code intents}; answers below {@code threshold} become {@code fallback}. */
    public static EnglishUnderstanding train(List<IntentPhrases> intents, EnglishVocabulary vocabulary,
            double threshold) {
        EnglishWords analysis = new EnglishWords(vocabulary.stopWords());
        EnglishEntities entities = new EnglishEntities(vocabulary, analysis);
        TextNormalizer normalizer = new TextNormalizer();
        IntentModel model = IntentModel.train(intents, phrase -> {
            String normalized = normalized(normalizer, phrase);
            List<EnglishWords.Word> words = analysis.words(normalized);
            return counts(analysis, masked(normalized, entities.find(words), words));
        });
        Optional<AloneRule> alone = intents.stream().filter(intent -> intent.alone().isPresent()).findFirst()
                .map(intent -> new AloneRule(intent.name(), intent.alone().get().with().stream()
                        .flatMap(word -> analysis.words(word.toLowerCase(Locale.ROOT)).stream())
                        .map(EnglishWords.Word::stem).collect(Collectors.toUnmodifiableSet())));
        return new EnglishUnderstanding(analysis, entities, model.features(), model.classifier(), alone, threshold,
                vocabulary.searchStopWords().stream().map(word -> word.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public Understanding parse(String text, ZonedDateTime referenceTime) {
        String normalized = normalized(normalizer, text);
        List<EnglishWords.Word> words = analysis.words(normalized);
        String meant = meant(normalized);
        List<EnglishWords.Word> meantWords = meant.equals(normalized) ? words : analysis.words(meant);
        EnglishEntities.Found found = entities.find(meantWords);
        Slots slots = new Slots(found.category(), found.district().map(EnglishEntities.Match::value).orElse(null),
                dates.extract(meant, referenceTime).orElse(null), found.kind(), null, null, null, null);
        List<Token> tokens = words.stream().map(word -> new Token(word.text(), word.stem(), null, null)).toList();
        if (words.isEmpty()) {
            IntentScore nothing = new IntentScore(Understanding.FALLBACK, 1.0);
            return new Understanding(nothing, List.of(nothing), slots, tokens);
        }
        EnglishEntities.Found inWhole = meant.equals(normalized) ? found : entities.find(words);
        List<IntentScore> ranking = classifier.rank(features.weigh(counts(analysis, masked(normalized, inWhole,
                words))));
        if (alone(meantWords, found, slots)) {
            ranking = NaturalLanguageUnderstanding.first(ranking, aloneRule.get().intent(),
                    NaturalLanguageUnderstanding.ALONE_CONFIDENCE);
        }
        IntentScore top = ranking.get(0);
        IntentScore intent = top.confidence() >= threshold || top.name().equals(Understanding.FALLBACK) ? top
                : new IntentScore(Understanding.FALLBACK, 1 - top.confidence());
        return new Understanding(intent, ranking, slots, tokens);
    }

    /**
     * What an English search asks for besides its topic, district, date and kind: the needs it names, and its other
     * words (not stop words) as keywords, which the catalog looks for in staff's English translations.
     */
    public SearchWords searchWords(String text) {
        String meant = meant(normalized(normalizer, text));
        List<EnglishWords.Word> words = analysis.words(meant);
        EnglishEntities.Found found = entities.find(words);
        List<String> keywords = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).text();
            if (!found.used()[i] && !analysis.isStopWord(word) && !searchStopWords.contains(word)
                    && !keywords.contains(word)) {
                keywords.add(word);
            }
        }
        return new SearchWords(found.needs(), keywords);
    }

    /** Calibration temperature fitted at training; exposed for the evaluation report. */
    public double temperature() {
        return classifier.temperature();
    }

    public double threshold() {
        return threshold;
    }

    /**
     * Whether the message names only a district, topic or kind ("what about Aoshima?", "anything in Kiyotake"):
     * every other word is a stop word or one of the alone rule's words.
     */
    private boolean alone(List<EnglishWords.Word> words, EnglishEntities.Found found, Slots slots) {
        if (aloneRule.isEmpty() || slots.district() == null && slots.category() == null && slots.kind() == null) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            EnglishWords.Word word = words.get(i);
            boolean other = !found.used()[i] && !analysis.isStopWord(word.text());
            if (other && !aloneRule.get().with().contains(word.stem())) {
                return false;
            }
        }
        return true;
    }

    /** Normalised (width, emoji, lower case) with typographic apostrophes made plain, so "I’d" reads as "I'd". */
    private static String normalized(TextNormalizer normalizer, String text) {
        return normalizer.normalize(text.replace('’', '\'').replace('‘', '\'')).toLowerCase(Locale.ROOT);
    }

    /** The part of "not Saturday but Sunday" that is meant: what follows the last correction. */
    static String meant(String normalized) {
        return NaturalLanguageUnderstanding.afterLast(NOT_BUT, normalized);
    }

    /**
     * The text with the district it names replaced by {@link #DISTRICT_PLACEHOLDER}, and {@link #TOPIC_MARK} added
     * when it names a topic: the many topic words are few in the training phrases, the fact that one is named is not.
     */
    private static String masked(String normalized, EnglishEntities.Found found, List<EnglishWords.Word> words) {
        String masked = normalized;
        if (found.district().isPresent()) {
            EnglishEntities.Match district = found.district().get();
            masked = normalized.substring(0, words.get(district.from()).start()) + DISTRICT_PLACEHOLDER
                    + normalized.substring(words.get(district.to() - 1).end());
        }
        return found.category() == null ? masked : masked + " " + TOPIC_MARK;
    }

    /**
     * Stems, stem bigrams and character 3- and 4-grams of each stem (with its boundaries), hashed. (Grams of 3 alone,
     * or of 2 to 5, and no bigrams were tried: 5-fold cross-validation over the phrases was 0.68 to 0.70 with grams,
     * 0.61 without them.)
     */
    private static SparseVector counts(EnglishWords analysis, String text) {
        Map<Integer, Float> counts = new HashMap<>();
        List<String> stems = analysis.stems(text);
        String previous = "^";
        for (String stem : stems) {
            add(counts, hash(STEM, stem));
            add(counts, hash(BIGRAM, previous + ' ' + stem));
            String bounded = '<' + stem + '>';
            for (int n = 3; n <= 4; n++) {
                for (int i = 0; i + n <= bounded.length(); i++) {
                    add(counts, hash(GRAM + n, bounded.substring(i, i + n)));
                }
            }
            previous = stem;
        }
        if (!stems.isEmpty()) {
            add(counts, hash(BIGRAM, previous + " $"));
        }
        int[] indices = new int[counts.size()];
        float[] values = new float[counts.size()];
        int n = 0;
        for (Map.Entry<Integer, Float> entry : counts.entrySet()) {
            indices[n] = entry.getKey();
            values[n++] = entry.getValue();
        }
        return new SparseVector(indices, values);
    }

    private static void add(Map<Integer, Float> counts, int index) {
        counts.merge(index, 1f, Float::sum);
    }

    private static int hash(int seed, String text) {
        int h = seed;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x01000193;
        }
        return (h ^ (h >>> 16)) & MASK;
    }

    /** The intent that takes messages naming only a district, topic or kind, and the stems of its other words. */
    private record AloneRule(String intent, Set<String> with) {
    }
}
