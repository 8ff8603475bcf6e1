package jp.miyazaki.kyodo.nlu;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kyodo Bot's understanding of Japanese: normalise, tokenise once, classify the intent and extract the slots.
 * Built from the files in the dialogs folder; thread-safe after construction.
 */
public final class NaturalLanguageUnderstanding implements LanguageUnderstanding {

    private static final Pattern NOT_BUT = Pattern.compile("(じゃなくて|ではなくて|ではなく|でなくて|じゃなく|やなくて|じゃのうて)");

    private final TextNormalizer normalizer = new TextNormalizer();
    private final MorphologicalAnalyzer analyzer;
    private final IntentFeatures features;
    private final IntentClassifier classifier;
    private final EntityExtractor entities;
    private final DateExtractor dates = new DateExtractor();
    private final NameSpotter opportunityNames = new NameSpotter();
    private final NameSpotter grantNames = new NameSpotter();
    private final double threshold;
    private final KnownNames knownNames;

    private NaturalLanguageUnderstanding(MorphologicalAnalyzer analyzer, IntentFeatures features,
            IntentClassifier classifier, EntityExtractor entities, double threshold, KnownNames knownNames) {
        this.analyzer = analyzer;
        this.features = features;
        this.classifier = classifier;
        this.entities = entities;
        this.threshold = threshold;
        this.knownNames = knownNames;
    }

    /** The same understanding, also naming the catalog's activities and grants a message mentions. */
    public NaturalLanguageUnderstanding knowing(KnownNames names) {
        return new NaturalLanguageUnderstanding(analyzer, features, classifier, entities, threshold, names);
    }

    /** Reads {@code intents.yml}, {@code entities.yml} and {@code user-dictionary.csv} from {@code dialogsDir}. */
    public static NaturalLanguageUnderstanding fromDialogs(Path dialogsDir, double threshold) {
        MorphologicalAnalyzer analyzer =
                MorphologicalAnalyzer.withUserDictionary(dialogsDir.resolve("user-dictionary.csv"));
        return train(IntentPhrases.load(dialogsDir.resolve("intents.yml")),
                EntityVocabulary.load(dialogsDir.resolve("entities.yml")), analyzer, threshold);
    }

    /**
     * Trains the intent classifier on {@code intents}; answers below {@code threshold} confidence become
     * {@code fallback}.
     */
    public static NaturalLanguageUnderstanding train(List<IntentPhrases> intents, EntityVocabulary vocabulary,
            MorphologicalAnalyzer analyzer, double threshold) {
        TextNormalizer normalizer = new TextNormalizer();
        List<String> names = intents.stream().map(IntentPhrases::name).toList();
        List<SparseVector> counts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int label = 0; label < intents.size(); label++) {
            for (String phrase : intents.get(label).phrases()) {
                String normalized = normalizer.normalize(phrase);
                counts.add(IntentFeatures.counts(analyzer.tokenize(normalized)));
                labels.add(label);
            }
        }
        IntentFeatures features = IntentFeatures.learn(counts);
        List<SparseVector> weighted = counts.stream().map(features::weigh).toList();
        IntentClassifier classifier = IntentClassifier.train(names, features.size(), weighted,
                labels.stream().mapToInt(Integer::intValue).toArray());
        return new NaturalLanguageUnderstanding(analyzer, features, classifier, new EntityExtractor(vocabulary),
                threshold, KnownNames.NONE);
    }

    @Override
    public Understanding parse(String text, ZonedDateTime referenceTime) {
        String normalized = normalizer.normalize(text);
        List<Token> tokens = analyzer.tokenize(normalized);
        String meant = meant(normalized);
        String folded = TextNormalizer.foldKana(meant);
        Slots slots = new Slots(entities.category(folded).orElse(null), entities.district(folded).orElse(null),
                dates.extract(meant, referenceTime).orElse(null), entities.kind(folded).orElse(null),
                opportunityNames.spot(folded, knownNames.opportunities()).orElse(null),
                grantNames.spot(folded, knownNames.grants()).orElse(null));
        if (!hasWords(normalized)) {
            IntentScore nothing = new IntentScore(Understanding.FALLBACK, 1.0);
            return new Understanding(nothing, List.of(nothing), slots, tokens);
        }
        List<IntentScore> ranking = classifier.rank(features.weigh(IntentFeatures.counts(tokens)));
        IntentScore top = ranking.get(0);
        IntentScore intent = top.confidence() >= threshold || top.name().equals(Understanding.FALLBACK) ? top
                : new IntentScore(Understanding.FALLBACK, 1 - top.confidence());
        return new Understanding(intent, ranking, slots, tokens);
    }

    /** Calibration temperature fitted at training; exposed for the evaluation report. */
    public double temperature() {
        return classifier.temperature();
    }

    public double threshold() {
        return threshold;
    }

    /**
     * The part of 「土曜じゃなくて日曜」 that is meant: what follows the last "not X but" (entities are read from it, so
     * the correction wins over the value it replaces).
     */
    static String meant(String normalized) {
        Matcher negation = NOT_BUT.matcher(normalized);
        int end = -1;
        while (negation.find()) {
            end = negation.end();
        }
        return end < 0 || end >= normalized.length() ? normalized : normalized.substring(end);
    }

    private static boolean hasWords(String normalized) {
        return normalized.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
