package jp.miyazaki.kyodo.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The 22 地域自治区 of Miyazaki City by their canonical names (the ids opportunities, groups and subscriptions
 * store), with how each is read: both are the {@code districts} of the shipped {@code dialogs/entities.yml}, the
 * vocabulary the NLU reads, so a name and its reading are written once. 中央 there is the city centre, not a
 * district.
 */
public final class District {

    /** The city centre: not one district but 中央東 and 中央西 together. */
    public static final String CITY_CENTRE = "中央";

    private static final List<Map<String, Object>> VOCABULARY = SampleYaml.entries(
            SampleYaml.read("dialogs/entities.yml"), "districts");

    public static final List<String> NAMES = VOCABULARY.stream().map(entry -> entry.get("name").toString())
            .filter(name -> !name.equals(CITY_CENTRE)).toList();

    /**
     * How each name is read (its first reading in the vocabulary); Kuromoji's dictionary reads some place names
     * otherwise (青島 as セイトウ).
     */
    public static final Map<String, String> READINGS = VOCABULARY.stream()
            .filter(entry -> NAMES.contains(entry.get("name").toString()))
            .collect(Collectors.toUnmodifiableMap(entry -> entry.get("name").toString(),
                    entry -> ((List<?>) entry.get("readings")).get(0).toString()));

    private static final List<String> LONGEST_FIRST = NAMES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private District() {
    }

    /** The districts a name stands for: itself, or for 中央 (the city centre) both 中央東 and 中央西. */
    public static List<String> area(String text) {
        if (text != null && text.strip().replaceFirst("(地域|地区)$", "").equals(CITY_CENTRE)) {
            return NAMES.stream().filter(name -> name.startsWith(CITY_CENTRE)).toList();
        }
        return canonical(text).map(List::of).orElse(List.of());
    }

    /** The text with every district name (but 北, too common a character) replaced by its reading. */
    public static String withReadings(String text) {
        String result = text;
        for (String name : LONGEST_FIRST) {
            if (name.length() > 1) {
                result = result.replace(name, READINGS.get(name));
            }
        }
        return result;
    }

    /** The canonical name for what a user or flow wrote, ignoring suffixes such as 地区 or 地域自治区. */
    public static Optional<String> canonical(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String name = text.strip().replaceFirst("(地域自治区|地域|地区|町)$", "");
        return NAMES.contains(name) ? Optional.of(name) : Optional.empty();
    }
}
