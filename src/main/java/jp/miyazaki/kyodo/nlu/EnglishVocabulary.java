package jp.miyazaki.kyodo.nlu;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The English vocabularies of {@code dialogs/en/entities.yml}: the words the intent classifier ignores, and the
 * English phrases for the categories, districts, kinds and needs of {@code dialogs/entities.yml}, by the same ids and
 * canonical district names, so an English message fills the same slots as a Japanese one; and the landmarks, places
 * whose names hold a district's but that are no district (the Oyodo River runs through the whole city); and the
 * words a search does not look for, since every activity holds them ("Miyazaki", "city").
 */
public record EnglishVocabulary(List<String> stopWords, List<Entry> categories, List<Entry> districts,
        List<Entry> kinds, List<Entry> needs, List<String> landmarks, List<String> searchStopWords) {

    public EnglishVocabulary {
        searchStopWords = List.copyOf(searchStopWords);
        stopWords = List.copyOf(stopWords);
        categories = List.copyOf(categories);
        districts = List.copyOf(districts);
        kinds = List.copyOf(kinds);
        needs = List.copyOf(needs);
        landmarks = List.copyOf(landmarks);
    }

    /** A category, kind or need id, or a canonical district name, with the English phrases that name it. */
    public record Entry(String value, List<String> phrases) {

        public Entry {
            phrases = List.copyOf(phrases);
        }
    }

    public static EnglishVocabulary load(Path file) {
        Map<String, Object> root = EntityVocabulary.readYaml(file);
        return new EnglishVocabulary(EntityVocabulary.strings(root, "stop_words"),
                entries(root, "categories", "id", "synonyms", file),
                entries(root, "districts", "name", "spellings", file),
                entries(root, "kinds", "id", "synonyms", file),
                root.containsKey("needs") ? entries(root, "needs", "id", "synonyms", file) : List.of(),
                root.containsKey("landmarks") ? EntityVocabulary.strings(root, "landmarks") : List.of(),
                root.containsKey("search_stop_words") ? EntityVocabulary.strings(root, "search_stop_words")
                        : List.of());
    }

    private static List<Entry> entries(Map<String, Object> root, String list, String key, String phrases, Path file) {
        return EntityVocabulary.list(root, list, file).stream()
                .map(m -> new Entry(EntityVocabulary.text(m, key, file), EntityVocabulary.strings(m, phrases)))
                .toList();
    }
}
