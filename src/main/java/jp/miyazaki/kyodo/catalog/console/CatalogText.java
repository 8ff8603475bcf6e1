package jp.miyazaki.kyodo.catalog.console;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jp.miyazaki.kyodo.catalog.GeoPoint;
import jp.miyazaki.kyodo.catalog.TranslatedText;
import jp.miyazaki.kyodo.catalog.Translations;

/** How catalog forms carry text: lists as one item per line, blanks as absent values. */
final class CatalogText {

    private CatalogText() {
    }

    /** One English field as a form shows it: blank when staff have not given it. */
    static String english(Translations translations, Function<TranslatedText, String> field) {
        return translations.in("en").map(field).orElse("");
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

    /**
     * The position the two fields give: empty when both are blank or when they are not one (one blank, not a
     * number, out of range; the form's check says which).
     */
    static Optional<GeoPoint> position(String latitude, String longitude) {
        if (isBlank(latitude) || isBlank(longitude)) {
            return Optional.empty();
        }
        return GeoPoint.parse(latitude.strip() + "," + longitude.strip());
    }

    /** Both fields blank, or both a position. */
    static boolean isPositionOrNone(String latitude, String longitude) {
        return isBlank(latitude) && isBlank(longitude) || position(latitude, longitude).isPresent();
    }

    static String degrees(GeoPoint point, boolean latitude) {
        if (point == null) {
            return "";
        }
        return point.text().split(",")[latitude ? 0 : 1];
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
