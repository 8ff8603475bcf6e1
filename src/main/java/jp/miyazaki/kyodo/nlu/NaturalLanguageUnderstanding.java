package jp.miyazaki.kyodo.nlu;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Kyodo Bot's understanding of Japanese: normalise, tokenise once, classify the intent and extract the slots.
 * Built from the files in the dialogs folder; thread-safe after construction.
 */
public final class NaturalLanguageUnderstanding implements LanguageUnderstanding {

    /** How sure a message naming an item with its intent's cue words is of that intent. */
    static final double NAMED_CONFIDENCE = 0.95;
    /**
     * How sure a message naming only a district or topic (「住吉は？」) is of the {@code alone} intent: a guess, enough
     * to start a search when nothing is being asked, not enough to interrupt a question it may answer (「清武です」).
     */
    static final double ALONE_CONFIDENCE = 0.65;

    private final Words words;
    private final TextNormalizer normalizer;
    private final MorphologicalAnalyzer analyzer;
    private final IntentFeatures features;
    private final IntentClassifier classifier;
    private final EntityExtractor entities;
    private final DateExtractor dates;
    private final Map<NameKind, NameSpotter> spotters = new EnumMap<>(NameKind.class);
    private final List<NamedRule> namedRules;
    private final Optional<AloneRule> aloneRule;
    private final double threshold;
    private final KnownNames knownNames;
    private final MattersElsewhere elsewhere;

    /**
     * What the lexicon gives, built once: its words, the normalizer, the "not X but" pattern (what follows its last
     * match is meant) and the plain word that stands for a catalog name while the intent is classified, so
     * 「〈助成金名〉ってどんな制度」 still reads as a question about a grant.
     */
    private record Words(Lexicon lexicon, TextNormalizer normalizer, Pattern notBut,
            Map<NameKind, String> placeholders) {

        static Words of(Lexicon lexicon) {
            return new Words(lexicon, new TextNormalizer(lexicon), Pattern.compile(lexicon.contrast().stream()
                    .map(Pattern::quote).collect(Collectors.joining("|", "(", ")"))), lexicon.placeholders());
        }
    }

    private NaturalLanguageUnderstanding(Words words, MorphologicalAnalyzer analyzer, IntentFeatures features,
            IntentClassifier classifier, EntityExtractor entities, DateExtractor dates, List<NamedRule> namedRules,
            Optional<AloneRule> aloneRule, double threshold, KnownNames knownNames, MattersElsewhere elsewhere) {
        this.words = words;
        this.normalizer = words.normalizer();
        this.analyzer = analyzer;
        this.dates = dates;
        this.features = features;
        this.classifier = classifier;
        this.entities = entities;
        this.namedRules = namedRules;
        this.aloneRule = aloneRule;
        this.threshold = threshold;
        this.knownNames = knownNames;
        this.elsewhere = elsewhere;
        for (NameKind kind : NameKind.values()) {
            spotters.put(kind, new NameSpotter(entities::isOneWord, this::reading, words.lexicon()));
        }
    }

    /** The same understanding, also naming the activities, grants, facilities and groups a message mentions. */
    public NaturalLanguageUnderstanding knowing(KnownNames names) {
        return new NaturalLanguageUnderstanding(words, analyzer, features, classifier, entities, dates, namedRules,
                aloneRule, threshold, names, elsewhere);
    }

    /** The same understanding, leaving the city matters {@code matters} names to the desks that answer them. */
    public NaturalLanguageUnderstanding leaving(MattersElsewhere matters) {
        return new NaturalLanguageUnderstanding(words, analyzer, features, classifier, entities, dates, namedRules,
                aloneRule, threshold, knownNames, matters);
    }

    /**
     * Reads {@code intents.yml}, {@code entities.yml}, {@code lexicon.yml}, {@code dates.yml} and
     * {@code user-dictionary.csv} from {@code dialogsDir}.
     */
    public static NaturalLanguageUnderstanding fromDialogs(Path dialogsDir, double threshold) {
        MorphologicalAnalyzer analyzer =
                MorphologicalAnalyzer.withUserDictionary(dialogsDir.resolve("user-dictionary.csv"));
        return train(IntentPhrases.load(dialogsDir.resolve("intents.yml")),
                EntityVocabulary.load(dialogsDir.resolve("entities.yml")), Lexicon.in(dialogsDir),
                new DateExtractor(DateWords.in(dialogsDir)), analyzer, threshold);
    }

    /** Trains as the method below does, with the shipped {@code lexicon.yml} and {@code dates.yml}. */
    public static NaturalLanguageUnderstanding train(List<IntentPhrases> intents, EntityVocabulary vocabulary,
            MorphologicalAnalyzer analyzer, double threshold) {
        return train(intents, vocabulary, Lexicon.shipped(), new DateExtractor(), analyzer, threshold);
    }

    /**
     * Trains the intent classifier on {@code intents}; answers below {@code threshold} confidence become
     * {@code fallback}.
     */
    public static NaturalLanguageUnderstanding train(List<IntentPhrases> intents, EntityVocabulary vocabulary,
            Lexicon lexicon, DateExtractor dates, MorphologicalAnalyzer analyzer, double threshold) {
        Words words = Words.of(lexicon);
        TextNormalizer normalizer = words.normalizer();
        IntentModel model = IntentModel.train(intents,
                phrase -> IntentFeatures.counts(analyzer.tokenize(normalizer.normalize(phrase))));
        List<NamedRule> rules = intents.stream().flatMap(intent -> intent.named().stream()
                .map(cue -> new NamedRule(intent.name(), cue.kind(), folded(normalizer, cue.cues()),
                        folded(normalizer, cue.unless()))))
                .toList();
        Optional<AloneRule> alone = intents.stream().filter(intent -> intent.alone().isPresent()).findFirst()
                .map(intent -> new AloneRule(intent.name(), Set.copyOf(folded(normalizer, intent.alone().get().with())),
                        intent.alone().get().facts()));
        return new NaturalLanguageUnderstanding(words, analyzer, model.features(), model.classifier(),
                new EntityExtractor(vocabulary, lexicon), dates, rules, alone, threshold, KnownNames.NONE, MattersElsewhere.NONE);
    }

    @Override
    public Understanding parse(String text, ZonedDateTime referenceTime) {
        String normalized = normalizer.normalize(text);
        List<Token> tokens = analyzer.tokenize(normalized);
        String meant = meant(normalized);
        String folded = TextNormalizer.foldKana(meant);
        Map<NameKind, NameSpotter.Spotted> named = new EnumMap<>(NameKind.class);
        for (NameKind kind : NameKind.values()) {
            // Part of a name is taken only where the message asks something of a named item (「〜に申し込みたい」).
            boolean parts = namedRules.stream().anyMatch(rule -> rule.kind() == kind && rule.cued(folded));
            spotters.get(kind).find(folded, knownNames.named(kind), parts)
                    .ifPresent(spotted -> named.put(kind, spotted));
        }
        Slots slots = new Slots(entities.category(folded).orElse(null), entities.district(folded).orElse(null),
                dates.extract(meant, referenceTime).orElse(null), entities.kind(folded).orElse(null),
                name(named, NameKind.OPPORTUNITY), name(named, NameKind.GRANT), name(named, NameKind.FACILITY),
                name(named, NameKind.GROUP));
        if (!hasWords(normalized)) {
            IntentScore nothing = new IntentScore(Understanding.FALLBACK, 1.0);
            return new Understanding(nothing, List.of(nothing), slots, tokens);
        }
        String masked = masked(normalized, normalized.length() - meant.length(), named);
        List<Token> classified = masked.equals(normalized) ? tokens : analyzer.tokenize(masked);
        List<IntentScore> ranking = classifier.rank(features.weigh(IntentFeatures.counts(classified)));
        Optional<String> cued = cuedIntent(named.keySet(), TextNormalizer.foldKana(masked));
        if (cued.isPresent()) {
            ranking = first(ranking, cued.get(), NAMED_CONFIDENCE);
        }
        IntentScore top = ranking.get(0);
        if (named.isEmpty()) {
            IntentScore best = top;
            Optional<String> alone = aloneIntent(meant, folded, slots)
                    .or(() -> severalFactsIntent(best, normalized, folded, slots));
            if (alone.isPresent()) {
                ranking = first(ranking, alone.get(), ALONE_CONFIDENCE);
                top = ranking.get(0);
            }
        }
        IntentScore intent = top.confidence() >= threshold || top.name().equals(Understanding.FALLBACK) ? top
                : new IntentScore(Understanding.FALLBACK, 1 - top.confidence());
        return new Understanding(intent, ranking, slots, tokens);
    }

    /**
     * The intent for a message that names only a district, topic or kind (「住吉は？」): everything else in it is a
     * particle, an auxiliary, punctuation or one of the rule's words.
     */
    private Optional<String> aloneIntent(String meant, String folded, Slots slots) {
        if (aloneRule.isEmpty() || slots.district() == null && slots.category() == null && slots.kind() == null) {
            return Optional.empty();
        }
        String rest = entities.leftover(meant, folded).rest().strip();
        boolean nothingElse = rest.isEmpty() || analyzer.tokenize(rest).stream().allMatch(token -> {
            String pos = token.partOfSpeech() == null ? "" : token.partOfSpeech();
            return pos.startsWith("助詞") || pos.startsWith("助動詞") || pos.startsWith("記号")
                    || token.surface().isBlank()
                    || aloneRule.get().with().contains(TextNormalizer.foldKana(token.baseForm()));
        });
        return nothingElse ? Optional.of(aloneRule.get().intent()) : Optional.empty();
    }

    /**
     * The {@code alone} intent for a message the classifier cannot place (its best is the fallback or below the
     * threshold) that names enough facts of a search — district, topic, kind, date, need — to search with them,
     * unless another desk answers what it is about: a clerk would show 木花's 環境 activities for 「木花の花植え、夫婦で
     * 行きたいっちゃけど」 rather than say it was not understood.
     */
    private Optional<String> severalFactsIntent(IntentScore best, String normalized, String folded, Slots slots) {
        if (aloneRule.isEmpty() || aloneRule.get().facts() == 0 || !placeless(best) || elsewhere.named(normalized)) {
            return Optional.empty();
        }
        int needs = entities.needs(folded).size();
        long facts = Stream.of(slots.district(), slots.category(), slots.kind(), slots.date())
                .filter(Objects::nonNull).count() + needs;
        // A place or a need ties the message to activities; topic, kind and date words are common in any story.
        boolean placed = slots.district() != null || needs > 0;
        return placed && facts >= aloneRule.get().facts() ? Optional.of(aloneRule.get().intent()) : Optional.empty();
    }

    /** Whether the classifier could not place the message: its best is the fallback, or below the threshold. */
    private boolean placeless(IntentScore best) {
        return best.name().equals(Understanding.FALLBACK) || best.confidence() < threshold;
    }

    /**
     * What a search message asks for besides its topic, district, date and kind: the needs it names (ids of the
     * {@code needs} of entities.yml) and its keywords, the topic words it used other than a field's own name
     * (手話, not 福祉) and the nouns left (竹林) as base forms, without the generic words of entities.yml.
     */
    public SearchWords searchWords(String text) {
        String meant = meant(normalizer.normalize(text));
        String folded = TextNormalizer.foldKana(meant);
        EntityExtractor.Leftover leftover = entities.leftover(meant, folded);
        List<String> keywords = new ArrayList<>(leftover.topicWords());
        for (Token token : analyzer.tokenize(leftover.rest())) {
            String word = token.baseForm();
            if (isKeyword(token) && !entities.isGeneric(word) && !keywords.contains(word)) {
                keywords.add(word);
            }
        }
        return new SearchWords(entities.needs(folded), keywords);
    }

    /**
     * A noun that names something (not a number, pronoun, suffix or time word, not grammar in hiragana, and longer
     * than one character: the 小 of 大塚台小 names no activity).
     */
    private static boolean isKeyword(Token token) {
        String pos = token.partOfSpeech() == null ? "" : token.partOfSpeech();
        String word = token.baseForm();
        return pos.startsWith("名詞") && !pos.contains("非自立") && !pos.contains("代名詞") && !pos.contains("数")
                && !pos.contains("接尾") && !pos.contains("副詞可能") && !word.isBlank()
                && word.codePointCount(0, word.length()) > 1
                && !word.chars().allMatch(c -> (c >= 'ぁ' && c <= 'ゖ') || c == 'ー')
                && word.codePoints().anyMatch(Character::isLetter);
    }

    private static String name(Map<NameKind, NameSpotter.Spotted> named, NameKind kind) {
        NameSpotter.Spotted spotted = named.get(kind);
        return spotted == null ? null : spotted.name();
    }

    /** The intent whose cue words the message (names masked) holds for a kind of name it mentions, if any. */
    private Optional<String> cuedIntent(Set<NameKind> mentioned, String foldedMasked) {
        return namedRules.stream().filter(rule -> mentioned.contains(rule.kind()) && rule.cued(foldedMasked))
                .map(NamedRule::intent).findFirst();
    }

    /**
     * The ranking with {@code intent} first, at least as sure as {@code floor}; the others share what is left in
     * their proportions, so no other intent looks close to it.
     */
    static List<IntentScore> first(List<IntentScore> ranking, String intent, double floor) {
        double confidence = Math.max(floor, ranking.stream().filter(score -> score.name().equals(intent))
                .mapToDouble(IntentScore::confidence).findFirst().orElse(0));
        List<IntentScore> others = ranking.stream().filter(score -> !score.name().equals(intent)).toList();
        double rest = others.stream().mapToDouble(IntentScore::confidence).sum();
        List<IntentScore> reordered = new ArrayList<>();
        reordered.add(new IntentScore(intent, confidence));
        others.forEach(score -> reordered.add(new IntentScore(score.name(),
                rest == 0 ? 0 : score.confidence() / rest * (1 - confidence))));
        return reordered;
    }

    private static List<String> folded(TextNormalizer normalizer, List<String> words) {
        return words.stream().map(word -> TextNormalizer.foldKana(normalizer.normalize(word))).toList();
    }

    /** Calibration temperature fitted at training; exposed for the evaluation report. */
    public double temperature() {
        return classifier.temperature();
    }

    public double threshold() {
        return threshold;
    }

    /** How a normalised text reads, folded: the readings of its tokens (a token without one as written). */
    private String reading(String normalized) {
        StringBuilder reading = new StringBuilder(normalized.length() * 2);
        for (Token token : analyzer.tokenize(normalized)) {
            reading.append(token.reading() != null ? token.reading() : token.surface());
        }
        return TextNormalizer.foldKana(reading.toString());
    }

    /**
     * The intent that takes messages naming only a district, topic or kind, the other words they may hold, and how
     * many facts of a search make a message the classifier cannot place this intent (0: none do).
     */
    private record AloneRule(String intent, Set<String> with, int facts) {
    }

    /**
     * The part of 「土曜じゃなくて日曜」 that is meant: what follows the last "not X but" (entities are read from it, so
     * the correction wins over the value it replaces).
     */
    String meant(String normalized) {
        return afterLast(words.notBut(), normalized);
    }

    /** What follows the last match of {@code correction} in {@code normalized}; all of it when there is none. */
    static String afterLast(Pattern correction, String normalized) {
        Matcher negation = correction.matcher(normalized);
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
    private String masked(String normalized, int offset, Map<NameKind, NameSpotter.Spotted> named) {
        StringBuilder text = new StringBuilder(normalized);
        List<Mask> masks = new ArrayList<>();
        named.forEach((kind, span) -> masks.add(new Mask(span, words.placeholders().get(kind))));
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

    /** {@code intent} for a message naming an item of {@code kind} with one of {@code cues}, none of {@code unless}. */
    private record NamedRule(String intent, NameKind kind, List<String> cues, List<String> unless) {

        boolean cued(String folded) {
            return cues.stream().anyMatch(folded::contains) && unless.stream().noneMatch(folded::contains);
        }
    }

    private static boolean hasWords(String normalized) {
        return normalized.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
