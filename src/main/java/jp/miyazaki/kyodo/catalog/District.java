package jp.miyazaki.kyodo.catalog;

import java.util.List;
import java.util.Optional;

/** The 22 地域自治区 of Miyazaki City by their canonical names. */
public final class District {

    public static final List<String> NAMES = List.of(
            "中央東", "中央西", "小戸", "大宮", "東大宮", "大淀", "大塚", "檍", "大塚台", "生目台", "小松台",
            "赤江", "本郷", "木花", "青島", "住吉", "生目", "北", "佐土原", "田野", "高岡", "清武");

    private District() {
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
