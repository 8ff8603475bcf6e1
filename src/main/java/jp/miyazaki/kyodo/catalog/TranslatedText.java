package jp.miyazaki.kyodo.catalog;

/**
 * An item's free text in one other language, as staff wrote it: {@code title} is an opportunity's title or a
 * grant's, facility's or group's name; {@code description} its description (a grant's purpose, a facility's way of
 * booking); {@code place} and {@code organiser} exist for opportunities only. Blank fields are absent (null), and
 * the Japanese text is shown for them.
 */
public record TranslatedText(String title, String description, String place, String organiser) {

    /** The same limits as the Japanese fields of the admin API. */
    public static final int TITLE_MAX = 100;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int PLACE_MAX = 200;
    public static final int ORGANISER_MAX = 100;

    public TranslatedText {
        title = present(title, TITLE_MAX, "title");
        description = present(description, DESCRIPTION_MAX, "description");
        place = present(place, PLACE_MAX, "place");
        organiser = present(organiser, ORGANISER_MAX, "organiser");
    }

    /** A title and a description only (grants, facilities, groups). */
    public TranslatedText(String title, String description) {
        this(title, description, null, null);
    }

    public boolean isEmpty() {
        return title == null && description == null && place == null && organiser == null;
    }

    private static String present(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) > max) {
            throw new IllegalArgumentException("a translated " + field + " has at most " + max + " characters");
        }
        return stripped;
    }
}
