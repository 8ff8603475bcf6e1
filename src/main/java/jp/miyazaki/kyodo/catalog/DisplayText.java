package jp.miyazaki.kyodo.catalog;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import jp.miyazaki.kyodo.dialog.Wording;

/**
 * Short renderings of dates and times for phone screens (their forms are {@code catalog.day} and
 * {@code catalog.short-day} of {@code dialogs/messages/catalog.yml}), and cutting text to LINE's limits.
 */
public final class DisplayText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private DisplayText() {
    }

    /** 11月28日(土) */
    public static String day(Wording wording, LocalDate day) {
        return wording.text("catalog.day", Map.of("month", day.getMonthValue(), "day", day.getDayOfMonth(),
                "weekday", weekday(wording, day)));
    }

    /** 11月28日(土) 8:00〜10:00 */
    public static String when(Wording wording, Opportunity opportunity) {
        OffsetDateTime start = opportunity.start();
        OffsetDateTime end = opportunity.end();
        String text = day(wording, start.toLocalDate()) + " " + TIME.format(start) + "〜";
        return start.toLocalDate().equals(end.toLocalDate()) ? text + TIME.format(end)
                : text + day(wording, end.toLocalDate()) + " " + TIME.format(end);
    }

    /** 11/28(土) 8:00〜, for cards. */
    public static String shortWhen(Wording wording, Opportunity opportunity) {
        OffsetDateTime start = opportunity.start();
        return wording.text("catalog.short-day", Map.of("month", start.getMonthValue(), "day",
                start.getDayOfMonth(), "weekday", weekday(wording, start.toLocalDate()))) + " " + TIME.format(start)
                + "〜";
    }

    /** 土 / Sat / どようび, in the wording's language. */
    private static String weekday(Wording wording, LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case MONDAY -> wording.text("catalog.weekday-monday");
            case TUESDAY -> wording.text("catalog.weekday-tuesday");
            case WEDNESDAY -> wording.text("catalog.weekday-wednesday");
            case THURSDAY -> wording.text("catalog.weekday-thursday");
            case FRIDAY -> wording.text("catalog.weekday-friday");
            case SATURDAY -> wording.text("catalog.weekday-saturday");
            case SUNDAY -> wording.text("catalog.weekday-sunday");
        };
    }

    /** The text cut to {@code max} characters (code points), with … when cut; nothing when there is no room. */
    public static String cut(String text, int max) {
        if (text == null || max < 1) {
            return "";
        }
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max - 1);
        return text.substring(0, end) + "…";
    }
}
