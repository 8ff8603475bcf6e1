package jp.miyazaki.kyodo.nlu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The date words of {@code dialogs/dates.yml}: the rules in the order they are tried (what each means and the
 * pattern that finds it), and which week or weekday the words a weekday rule captures stand for. Meanings, week and
 * day names are checked by {@link DateExtractor} when it is built (and by the dialog files check at start-up).
 */
public record DateWords(List<Written> rules, Map<String, String> weekByWord, Map<String, String> dayByWord) {

    /** Where the shipped file is on the classpath (the jar carries {@code dialogs/}). */
    static final String SHIPPED = "/dialogs/dates.yml";

    public DateWords {
        rules = List.copyOf(rules);
        weekByWord = Map.copyOf(weekByWord);
        dayByWord = Map.copyOf(dayByWord);
    }

    /** One rule as written: a meaning such as {@code weekday} and its regular expression. */
    public record Written(String means, String pattern) {
    }

    /**
     * The {@code dates.yml} of a dialogs folder, or the shipped one when the folder has none (a folder written
     * before the file existed keeps working).
     */
    public static DateWords in(Path dialogsDir) {
        Path file = dialogsDir.resolve("dates.yml");
        return Files.isRegularFile(file) ? load(file) : shipped();
    }

    public static DateWords load(Path file) {
        return parse(EntityVocabulary.readYaml(file), file);
    }

    /** The file shipped with the app, read once: for tests and tools that train without a dialogs folder. */
    public static DateWords shipped() {
        return Shipped.WORDS;
    }

    /** Holds the shipped date words, read on first use. */
    private static final class Shipped {
        static final DateWords WORDS = parse(EntityVocabulary.readResource(SHIPPED), Path.of(SHIPPED));
    }

    private static DateWords parse(Map<String, Object> root, Path file) {
        List<Written> rules = EntityVocabulary.list(root, "rules", file).stream()
                .map(m -> new Written(EntityVocabulary.text(m, "means", file),
                        EntityVocabulary.text(m, "pattern", file)))
                .toList();
        return new DateWords(rules, byWord(root, "weeks", file), byWord(root, "days", file));
    }

    /** {@code name: [word, …]} turned round: each word with the name it stands for. */
    private static Map<String, String> byWord(Map<String, Object> root, String key, Path file) {
        if (!(root.get(key) instanceof Map<?, ?> names)) {
            throw new IllegalStateException(file + ": '" + key + "' must be a mapping of names to words");
        }
        Map<String, String> byWord = new LinkedHashMap<>();
        names.forEach((name, words) -> EntityVocabulary.strings(Map.of(key, words), key)
                .forEach(word -> byWord.put(word, name.toString())));
        return byWord;
    }
}
