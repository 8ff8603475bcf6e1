package jp.miyazaki.kyodo.nlu;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kyodo Bot's understanding of Japanese: normalise, tokenise once, classify the intent and extract the slots.
 * Built from the files in the dialogs folder; thread-safe after construction.
 */
public final class NaturalLanguageUnderstanding implements LanguageUnderstanding {

    private static final Pattern NOT_BUT = Pattern.compile("(じゃなくて|ではなくて|ではなく|でなくて|じゃなく|やなくて|じゃのうて)");

    /**
     * Stand for a catalog name while the intent is classified: the plain word for what it names, so
     * 「〈助成金名〉ってどんな制度」 still reads as a question about a grant.
     */
    static final String OPPORTUNITY_PLACEHOLDER = "活動";
    static final String GRANT_PLACEHOLDER = "助成金";

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
        Optional<NameSpotter.Spotted> opportunity = opportunityNames.find(folded, knownNames.opportunities());
        Optional<NameSpotter.Spotted> grant = grantNames.find(folded, knownNames.grants());
        Slots slots = new Slots(entities.category(folded).orElse(null), entities.district(folded).orElse(null),
                dates.extract(meant, referenceTime).orElse(null), entities.kind(folded).orElse(null),
                opportunity.map(NameSpotter.Spotted::name).orElse(null), grant.map(NameSpotter.Spotted::name).orElse(null));
        if (!hasWords(normalized)) {
            IntentScore nothing = new IntentScore(Understanding.FALLBACK, 1.0);
            return new Understanding(nothing, List.of(nothing), slots, tokens);
        }
        String masked = masked(normalized, normalized.length() - meant.length(), opportunity, grant);
        List<Token> classified = masked.equals(normalized) ? tokens : analyzer.tokenize(masked);
        List<IntentScore> ranking = classifier.rank(features.weigh(IntentFeatures.counts(classified)));
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

    /**
     * The message with the catalog names it mentions replaced by the plain word for what they name, so the words of
     * an unusual title (「相談できるカフェ」) cannot pull the intent away from what is asked about it.
     */
    private static String masked(String normalized, int offset, Optional<NameSpotter.Spotted> opportunity,
            Optional<NameSpotter.Spotted> grant) {
        StringBuilder text = new StringBuilder(normalized);
        List<Mask> masks = new ArrayList<>();
        opportunity.ifPresent(span -> masks.add(new Mask(span, OPPORTUNITY_PLACEHOLDER)));
        grant.ifPresent(span -> masks.add(new Mask(span, GRANT_PLACEHOLDER)));
        // From the end, so the earlier offsets still hold; an overlapping span is skipped.
        masks.sort(Comparator.comparingInt((Mask mask) -> mask.span().start()).reversed());
        int limit = text.length();
        for (Mask mask : masks) {
            if (offset + mask.span().end() <= limit) {
                text.replace(offset + mask.span().start(), offset + mask.span().end(), mask.placeholder());
                limit = offset + mask.span().start();
            }
        }
        return text.toString();
    }

    private record Mask(NameSpotter.Spotted span, String placeholder) {
    }

    private static boolean hasWords(String normalized) {
        return normalized.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
