package jp.miyazaki.kyodo.nlu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of {@code dialogs/lexicon.yml} the understanding treats specially: the "not X but" words, the plain
 * words put in place of catalog names, district suffixes, the particles around kana readings and catalog names, the
 * counters kanji numerals become digits before, the stand-ins for masked personal data and the search's stop words.
 * The readers build their tables from it once, when they are made.
 */
public record Lexicon(List<String> contrast, Map<NameKind, String> placeholders, List<String> districtSuffixes,
        List<String> beforeReading, List<String> afterReading, List<String> nameParticles,
        String qualifyingParticle, List<String> dateCounters, List<String> notDateCounters, Masks masks,
        List<String> searchStopWords) {

    /** Where the shipped file is on the classpath (the jar carries {@code dialogs/}). */
    static final String SHIPPED = "/dialogs/lexicon.yml";

    public Lexicon {
        contrast = List.copyOf(contrast);
        placeholders = Map.copyOf(placeholders);
        districtSuffixes = List.copyOf(districtSuffixes);
        beforeReading = List.copyOf(beforeReading);
        afterReading = List.copyOf(afterReading);
        nameParticles = List.copyOf(nameParticles);
        dateCounters = List.copyOf(dateCounters);
        notDateCounters = List.copyOf(notDateCounters);
        searchStopWords = List.copyOf(searchStopWords);
    }

    /** What is written in place of each kind of personal data. */
    public record Masks(String phone, String email, String streetNumber, String name) {
    }

    /**
     * The {@code lexicon.yml} of a dialogs folder, or the shipped one when the folder has none (a folder written
     * before the file existed keeps working).
     */
    public static Lexicon in(Path dialogsDir) {
        Path file = dialogsDir.resolve("lexicon.yml");
        return Files.isRegularFile(file) ? load(file) : shipped();
    }

    public static Lexicon load(Path file) {
        return parse(EntityVocabulary.readYaml(file), file);
    }

    /** The file shipped with the app, read once: for tests and tools that work without a dialogs folder. */
    public static Lexicon shipped() {
        return Shipped.LEXICON;
    }

    /** Holds the shipped lexicon, read on first use. */
    private static final class Shipped {
        static final Lexicon LEXICON = parse(EntityVocabulary.readResource(SHIPPED), Path.of(SHIPPED));
    }

    private static Lexicon parse(Map<String, Object> root, Path file) {
        Map<String, Object> placeholderWords = mapping(root, "placeholders", file);
        Map<NameKind, String> placeholders = new EnumMap<>(NameKind.class);
        for (NameKind kind : NameKind.values()) {
            placeholders.put(kind, EntityVocabulary.text(placeholderWords, kind.name().toLowerCase(Locale.ROOT), file));
        }
        Map<String, Object> masks = mapping(root, "masks", file);
        return new Lexicon(words(root, "contrast", file), placeholders, words(root, "district_suffixes", file),
                words(root, "before_reading", file), words(root, "after_reading", file),
                words(root, "name_particles", file), EntityVocabulary.text(root, "qualifying_particle", file),
                words(root, "date_counters", file), EntityVocabulary.strings(root, "not_date_counters"),
                new Masks(EntityVocabulary.text(masks, "phone", file), EntityVocabulary.text(masks, "email", file),
                        EntityVocabulary.text(masks, "street_number", file),
                        EntityVocabulary.text(masks, "name", file)),
                EntityVocabulary.strings(root, "search_stop_words"));
    }

    private static List<String> words(Map<String, Object> root, String key, Path file) {
        List<String> words = EntityVocabulary.strings(root, key);
        if (words.isEmpty()) {
            throw new IllegalStateException(file + ": '" + key + "' needs at least one word");
        }
        return words;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapping(Map<String, Object> root, String key, Path file) {
        if (!(root.get(key) instanceof Map<?, ?> map)) {
            throw new IllegalStateException(file + ": '" + key + "' must be a mapping");
        }
        return (Map<String, Object>) map;
    }
}
