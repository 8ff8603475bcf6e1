package jp.miyazaki.kyodo.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The 22 地域自治区 of Miyazaki City by their canonical names. */
public final class District {

    public static final List<String> NAMES = List.of(
            "中央東", "中央西", "小戸", "大宮", "東大宮", "大淀", "大塚", "檍", "大塚台", "生目台", "小松台",
            "赤江", "本郷", "木花", "青島", "住吉", "生目", "北", "佐土原", "田野", "高岡", "清武");

    /** How each name is read; Kuromoji's dictionary reads some place names otherwise (青島 as セイトウ). */
    public static final Map<String, String> READINGS = Map.ofEntries(
            Map.entry("中央東", "ちゅうおうひがし"), Map.entry("中央西", "ちゅうおうにし"), Map.entry("小戸", "おど"),
            Map.entry("大宮", "おおみや"), Map.entry("東大宮", "ひがしおおみや"), Map.entry("大淀", "おおよど"),
            Map.entry("大塚", "おおつか"), Map.entry("檍", "あおき"), Map.entry("大塚台", "おおつかだい"),
            Map.entry("生目台", "いきめだい"), Map.entry("小松台", "こまつだい"), Map.entry("赤江", "あかえ"),
            Map.entry("本郷", "ほんごう"), Map.entry("木花", "きばな"), Map.entry("青島", "あおしま"),
            Map.entry("住吉", "すみよし"), Map.entry("生目", "いきめ"), Map.entry("北", "きた"),
            Map.entry("佐土原", "さどわら"), Map.entry("田野", "たの"), Map.entry("高岡", "たかおか"),
            Map.entry("清武", "きよたけ"));

    /** The city centre: not one district but 中央東 and 中央西 together. */
    public static final String CITY_CENTRE = "中央";

    private static final List<String> LONGEST_FIRST = NAMES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private District() {
    }

    /** The districts a name stands for: itself, or for 中央 (the city centre) both 中央東 and 中央西. */
    public static List<String> area(String text) {
        if (text != null && text.strip().replaceFirst("(地域|地区)$", "").equals(CITY_CENTRE)) {
            return List.of("中央東", "中央西");
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
