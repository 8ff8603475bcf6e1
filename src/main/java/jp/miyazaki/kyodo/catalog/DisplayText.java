package jp.miyazaki.kyodo.catalog;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Short Japanese renderings of dates and times for phone screens, and cutting text to LINE's limits. */
public final class DisplayText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private DisplayText() {
    }

    /** 11月28日(土) */
    public static String day(LocalDate day) {
        return day.getMonthValue() + "月" + day.getDayOfMonth() + "日("
                + day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE) + ")";
    }

    /** 11月28日(土) 8:00〜10:00 */
    public static String when(Opportunity opportunity) {
        OffsetDateTime start = opportunity.start();
        OffsetDateTime end = opportunity.end();
        String text = day(start.toLocalDate()) + " " + TIME.format(start) + "〜";
        return start.toLocalDate().equals(end.toLocalDate()) ? text + TIME.format(end)
                : text + day(end.toLocalDate()) + " " + TIME.format(end);
    }

    /** 11/28(土) 8:00〜, for cards. */
    public static String shortWhen(Opportunity opportunity) {
        OffsetDateTime start = opportunity.start();
        return start.getMonthValue() + "/" + start.getDayOfMonth() + "("
                + start.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE) + ") "
                + TIME.format(start) + "〜";
    }

    /** The text cut to {@code max} characters (code points), with … when cut. */
    public static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max - 1);
        return text.substring(0, end) + "…";
    }
}
