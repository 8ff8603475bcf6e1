package jp.miyazaki.kyodo.web;

import java.util.List;
import java.util.Map;

/** One bar of a server-drawn chart: its label, value and length in percent of the longest bar. */
public record Bar(String label, long value, int percent) {

    /** Bars in the map's order, scaled so the largest value fills the width. */
    public static List<Bar> scaled(Map<String, Long> values) {
        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return values.entrySet().stream()
                .map(e -> new Bar(e.getKey(), e.getValue(), max == 0 ? 0 : (int) Math.round(100.0 * e.getValue() / max)))
                .toList();
    }
}
