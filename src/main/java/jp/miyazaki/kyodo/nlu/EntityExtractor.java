package jp.miyazaki.kyodo.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds categories, districts, opportunity kinds and needs named in a message, from the vocabularies in
 * {@code dialogs/entities.yml}. Needs are read first: their words (子どもと一緒, 車いす) never name the topic.
 */
public final class EntityExtractor {

    private final PhraseMatcher<String> categories;
    private final PhraseMatcher<String> districts;
    private final PhraseMatcher<String> kinds;
    private final PhraseMatcher<String> needs;
    /** The categories' own names (環境, 福祉), folded: they name the field, not something to look for in a text. */
    private final Set<String> categoryLabels = new HashSet<>();
    private final Set<String> genericWords = new HashSet<>();

    /** With the shipped {@code dialogs/lexicon.yml}. */
    public EntityExtractor(EntityVocabulary vocabulary) {
        this(vocabulary, Lexicon.shipped());
    }

    public EntityExtractor(EntityVocabulary vocabulary, Lexicon lexicon) {
        categories = new PhraseMatcher<>(lexicon);
        districts = new PhraseMatcher<>(lexicon);
        kinds = new PhraseMatcher<>(lexicon);
        needs = new PhraseMatcher<>(lexicon);
        TextNormalizer normalizer = new TextNormalizer(lexicon);
        for (EntityVocabulary.Category category : vocabulary.categories()) {
            categories.add(normalizer.normalize(category.label()), category.id());
            category.synonyms().forEach(s -> categories.add(normalizer.normalize(s), category.id()));
            categoryLabels.add(TextNormalizer.foldKana(normalizer.normalize(category.label())));
        }
        for (EntityVocabulary.District district : vocabulary.districts()) {
            if (district.standalone()) {
                districts.add(district.name(), district.name());
                lexicon.districtSuffixes().forEach(suffix -> districts.add(district.name() + suffix, district.name()));
            }
            district.readings().forEach(r -> districts.add(normalizer.normalize(r), district.name(), true));
            district.aliases().forEach(a -> districts.add(normalizer.normalize(a), district.name()));
        }
        for (EntityVocabulary.Kind kind : vocabulary.kinds()) {
            kinds.add(normalizer.normalize(kind.label()), kind.id());
            kind.synonyms().forEach(s -> kinds.add(normalizer.normalize(s), kind.id()));
        }
        vocabulary.genericWords().forEach(word -> genericWords.add(normalizer.normalize(word)));
        for (EntityVocabulary.Need need : vocabulary.needs()) {
            need.synonyms().forEach(s -> needs.add(normalizer.normalize(s), need.id()));
        }
    }

    /** Category id, from text that is already normalised and kana-folded; words of a need do not count. */
    public Optional<String> category(String folded) {
        return categories.best(blank(folded, needs.findAll(folded))).map(PhraseMatcher.Match::value);
    }

    /** The ids of the needs the text (normalised, kana-folded) names, in the order it names them. */
    public Set<String> needs(String folded) {
        Set<String> found = new LinkedHashSet<>();
        needs.findAll(folded).forEach(match -> found.add(match.value()));
        return found;
    }

    /**
     * What a search message says beyond its conditions: the topic words it used (「手話」, not the field's name
     * 「福祉」), as written in {@code normalized}, and the text left when every topic, district, kind and need phrase
     * is blanked out. {@code folded} is {@code normalized} kana-folded (the same length).
     */
    Leftover leftover(String normalized, String folded) {
        String withoutNeeds = blank(folded, needs.findAll(folded));
        List<PhraseMatcher.Match<String>> topics = outermost(categories.findAll(withoutNeeds));
        List<String> topicWords = new ArrayList<>();
        for (PhraseMatcher.Match<String> topic : topics) {
            String word = normalized.substring(topic.start(), topic.end());
            if (!categoryLabels.contains(folded.substring(topic.start(), topic.end())) && !topicWords.contains(word)) {
                topicWords.add(word);
            }
        }
        List<PhraseMatcher.Match<String>> spans = new ArrayList<>(needs.findAll(folded));
        spans.addAll(topics);
        spans.addAll(districts.findAll(folded));
        spans.addAll(kinds.findAll(folded));
        return new Leftover(topicWords, blank(normalized, spans));
    }

    /** Whether a search never looks for the word (活動, 近く, 子ども): it asks for an activity in general. */
    boolean isGeneric(String word) {
        return genericWords.contains(word);
    }

    /** Topic words as written, and the rest of the message with every vocabulary phrase blanked. */
    record Leftover(List<String> topicWords, String rest) {
    }

    /** The matches not inside a longer one (高齢者の見守り, not also 見守り), by position. */
    private static List<PhraseMatcher.Match<String>> outermost(List<PhraseMatcher.Match<String>> matches) {
        List<PhraseMatcher.Match<String>> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingInt((PhraseMatcher.Match<String> m) -> m.start())
                .thenComparing(Comparator.comparingInt((PhraseMatcher.Match<String> m) -> m.length()).reversed()));
        List<PhraseMatcher.Match<String>> kept = new ArrayList<>();
        int end = -1;
        for (PhraseMatcher.Match<String> match : sorted) {
            if (match.end() > end) {
                kept.add(match);
                end = match.end();
            }
        }
        return kept;
    }

    /** The text with the matched spans replaced by spaces (the length stays, so other spans still fit). */
    private static String blank(String text, List<PhraseMatcher.Match<String>> spans) {
        if (spans.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (PhraseMatcher.Match<String> span : spans) {
            for (int i = span.start(); i < span.end(); i++) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /**
     * Canonical district name; a kanji match right after another kanji (東北で, 台北) is part of another word, and one
     * right before 川 names the river (大淀川, 清武川), which runs through several districts.
     */
    public Optional<String> district(String folded) {
        PhraseMatcher.Match<String> best = null;
        for (PhraseMatcher.Match<String> match : districts.findAll(folded)) {
            if (isInsideKanjiWord(folded, match) || namesARiver(folded, match)) {
                continue;
            }
            if (best == null || match.length() > best.length()) {
                best = match;
            }
        }
        return Optional.ofNullable(best).map(PhraseMatcher.Match::value);
    }

    /** Whether the folded text is, as a whole, one word of a vocabulary: 「スポーツ」, 「青島」, 「講座」. */
    boolean isOneWord(String folded) {
        return whole(categories, folded) || whole(districts, folded) || whole(kinds, folded);
    }

    private static boolean whole(PhraseMatcher<String> matcher, String folded) {
        return matcher.findAll(folded).stream().anyMatch(m -> m.start() == 0 && m.end() == folded.length());
    }

    public Optional<String> kind(String folded) {
        return kinds.best(folded).map(PhraseMatcher.Match::value);
    }

    private static boolean namesARiver(String text, PhraseMatcher.Match<String> match) {
        int end = match.end();
        return end < text.length() && text.charAt(end) == '川'
                && Character.UnicodeScript.of(text.charAt(end - 1)) == Character.UnicodeScript.HAN;
    }

    private static boolean isInsideKanjiWord(String text, PhraseMatcher.Match<String> match) {
        if (match.start() == 0) {
            return false;
        }
        char before = text.charAt(match.start() - 1);
        return Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN && before != '市';
    }
}
