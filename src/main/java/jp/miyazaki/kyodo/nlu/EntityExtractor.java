package jp.miyazaki.kyodo.nlu;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds categories, districts and opportunity kinds named in a message, from the vocabularies in
 * {@code dialogs/entities.yml}.
 */
public final class EntityExtractor {

    private final PhraseMatcher<String> categories = new PhraseMatcher<>();
    private final PhraseMatcher<String> districts = new PhraseMatcher<>();
    private final PhraseMatcher<String> kinds = new PhraseMatcher<>();

    public EntityExtractor(EntityVocabulary vocabulary) {
        TextNormalizer normalizer = new TextNormalizer();
        for (EntityVocabulary.Category category : vocabulary.categories()) {
            categories.add(normalizer.normalize(category.label()), category.id());
            category.synonyms().forEach(s -> categories.add(normalizer.normalize(s), category.id()));
        }
        for (EntityVocabulary.District district : vocabulary.districts()) {
            if (district.standalone()) {
                districts.add(district.name(), district.name());
                districts.add(district.name() + "地区", district.name());
                districts.add(district.name() + "地域", district.name());
            }
            district.readings().forEach(r -> districts.add(normalizer.normalize(r), district.name(), true));
            district.aliases().forEach(a -> districts.add(normalizer.normalize(a), district.name()));
        }
        for (EntityVocabulary.Kind kind : vocabulary.kinds()) {
            kinds.add(normalizer.normalize(kind.label()), kind.id());
            kind.synonyms().forEach(s -> kinds.add(normalizer.normalize(s), kind.id()));
        }
    }

    /** Category id, from text that is already normalised and kana-folded. */
    public Optional<String> category(String folded) {
        return categories.best(folded).map(PhraseMatcher.Match::value);
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

    /**
     * What is said beside the categories, districts and kinds: {@code text} with each one found in its folded form
     * {@code folded} (the same length, folded character by character) blanked out.
     */
    String withoutEntities(String text, String folded) {
        boolean[] named = new boolean[folded.length()];
        for (PhraseMatcher<String> matcher : List.of(categories, districts, kinds)) {
            for (PhraseMatcher.Match<String> match : matcher.findAll(folded)) {
                Arrays.fill(named, match.start(), match.end(), true);
            }
        }
        StringBuilder rest = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            rest.append(named[i] ? ' ' : text.charAt(i));
        }
        return rest.toString();
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
