package jp.miyazaki.kyodo.catalog;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
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

    /** 11月28日(土) / Sat, Nov 28 / 11がつ28にち(どようび) */
    public static String day(Wording wording, LocalDate day) {
        return wording.text("catalog.day", dayValues(wording, day));
    }

    /** 11月28日(土) 8:00〜10:00 / Sat, Nov 28, 8:00–10:00 / … 8:00から10:00まで */
    public static String when(Wording wording, Opportunity opportunity) {
        OffsetDateTime start = opportunity.start();
        OffsetDateTime end = opportunity.end();
        Map<String, Object> values = new HashMap<>(Map.of("day", day(wording, start.toLocalDate()),
                "start", TIME.format(start), "end", TIME.format(end)));
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return wording.text("catalog.when-range", values);
        }
        values.put("end_day", day(wording, end.toLocalDate()));
        return wording.text("catalog.when-days", values);
    }

    /** 11/28(土) 8:00〜 / Sat, Nov 28, from 8:00, for cards. */
    public static String shortWhen(Wording wording, Opportunity opportunity) {
        OffsetDateTime start = opportunity.start();
        return wording.text("catalog.when-from", Map.of("day",
                wording.text("catalog.short-day", dayValues(wording, start.toLocalDate())),
                "start", TIME.format(start)));
    }

    /** The day's number, its month (12 / Dec: {@code catalog.month-12}) and weekday in the wording's language. */
    private static Map<String, Object> dayValues(Wording wording, LocalDate day) {
        return Map.of("month", month(wording, day), "day", day.getDayOfMonth(), "weekday", weekday(wording, day));
    }

    /** 12 / Dec, in the wording's language (each key written out, as the message files' check reads them). */
    private static String month(Wording wording, LocalDate day) {
        return switch (day.getMonth()) {
            case JANUARY -> wording.text("catalog.month-1");
            case FEBRUARY -> wording.text("catalog.month-2");
            case MARCH -> wording.text("catalog.month-3");
            case APRIL -> wording.text("catalog.month-4");
            case MAY -> wording.text("catalog.month-5");
            case JUNE -> wording.text("catalog.month-6");
            case JULY -> wording.text("catalog.month-7");
            case AUGUST -> wording.text("catalog.month-8");
            case SEPTEMBER -> wording.text("catalog.month-9");
            case OCTOBER -> wording.text("catalog.month-10");
            case NOVEMBER -> wording.text("catalog.month-11");
            case DECEMBER -> wording.text("catalog.month-12");
        };
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
