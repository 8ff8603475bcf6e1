package jp.miyazaki.kyodo.console;

import java.util.Arrays;
import java.util.List;

/** How catalog forms carry text: lists as one item per line, blanks as absent values. */
final class CatalogText {

    private CatalogText() {
    }

    /** One item per non-blank line, trimmed, without repeats. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).distinct()
                .toList();
    }

    static String lines(List<String> items) {
        return items == null ? "" : String.join("\n", items);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
