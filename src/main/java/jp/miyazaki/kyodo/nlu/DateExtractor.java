package jp.miyazaki.kyodo.nlu;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.miyazaki.kyodo.shared.CityTime;

/**
 * Resolves the date expressions citizens use (今日, 今週末, 来週の土曜日, 12月20日, 12/20, 来月, 3日後, 平日 …) to a
 * {@link DateRange} in Asia/Tokyo. Weeks run Monday to Sunday. Rules are tried from the most specific to the most
 * general, so 来週の土曜日 is not read as 来週.
 */
public final class DateExtractor {
    /** A pattern and what a match of it means on a given day ({@code null}: not a date after all). */
    record Rule(Pattern pattern, BiFunction<Matcher, LocalDate, DateRange> resolve) {
    }

    /** 土曜, どようび, and the どよう/にちよう people type without び (other kana days need び: かよう is 通う). */
    private static final String WEEKDAY =
            "([月火水木金土日])曜|(げつ(?=ようび)|か(?=ようび)|すい(?=ようび)|もく(?=ようび)|きん(?=ようび)|ど|にち)ようび?";
    private static final String WEEK = "(今週|来週|再来週|こんしゅう|らいしゅう|さらいしゅう|今度|こんど|次|つぎ|この)";

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("(?<!\\d)(\\d{1,2})月(\\d{1,2})日"), DateExtractor::monthDay),
            new Rule(Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?![\\d/])"), DateExtractor::monthDay),
            new Rule(Pattern.compile("(\\d{1,3})日後"), (m, t) -> DateRange.day(t.plusDays(num(m, 1)))),
            new Rule(Pattern.compile("(\\d{1,2})週間後"), (m, t) -> DateRange.day(t.plusWeeks(num(m, 1)))),
            new Rule(Pattern.compile("明後日|あさって"), (m, t) -> DateRange.day(t.plusDays(2))),
            new Rule(Pattern.compile("明日|あした|あすの|あすは"), (m, t) -> DateRange.day(t.plusDays(1))),
            new Rule(Pattern.compile("今日|本日|今夜|今晩|こんや|こんばん(?!は|わ)|(?<![ぁ-ゖー])きょう(?![いみかりどしつせぎゅ])"),
                    (m, t) -> DateRange.day(t)),
            new Rule(Pattern.compile(WEEK + "?の?(?:" + WEEKDAY + ")"), DateExtractor::weekday),
            new Rule(Pattern.compile("(来週|らいしゅう|再来週|さらいしゅう)の?(週末|土日|しゅうまつ|どにち)|来週末|らいしゅうまつ"),
                    DateExtractor::laterWeekend),
            new Rule(Pattern.compile("週末|土日|しゅうまつ|どにち|土・日"), (m, t) -> weekend(t)),
            new Rule(Pattern.compile("(来週|らいしゅう)?の?(平日|へいじつ)"), DateExtractor::weekdays),
            new Rule(Pattern.compile("再来週|さらいしゅう"), (m, t) -> week(t, 2)),
            new Rule(Pattern.compile("来週|らいしゅう"), (m, t) -> week(t, 1)),
            new Rule(Pattern.compile("今週|こんしゅう"),
                    (m, t) -> new DateRange(t, t.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)))),
            new Rule(Pattern.compile("再来月|さらいげつ"), (m, t) -> month(t.plusMonths(2).withDayOfMonth(1))),
            new Rule(Pattern.compile("来月|らいげつ"), (m, t) -> month(t.plusMonths(1).withDayOfMonth(1))),
            new Rule(Pattern.compile("今月|こんげつ"), (m, t) -> month(t)),
            new Rule(Pattern.compile("(?<![\\d/])(\\d{1,2})月(?![\\d曜])"), DateExtractor::namedMonth),
            new Rule(Pattern.compile("年内|今年中|今年|ねんない|ことし"),
                    (m, t) -> new DateRange(t, t.with(TemporalAdjusters.lastDayOfYear()))),
            new Rule(Pattern.compile("来年|らいねん"), (m, t) -> new DateRange(t.plusYears(1).withDayOfYear(1),
                    t.plusYears(1).with(TemporalAdjusters.lastDayOfYear()))),
            new Rule(Pattern.compile("(?<![\\d月/])(\\d{1,2})日(?![後間曜])"), DateExtractor::dayOfMonth));

    /** The date range named in {@code normalized} text, relative to {@code referenceTime}. */
    public Optional<DateRange> extract(String normalized, ZonedDateTime referenceTime) {
        return first(RULES, normalized, referenceTime, false);
    }

    /**
     * The range of the first rule, in order, that resolves a match in {@code text} on the reference day (in Asia/Tokyo);
     * {@code everyMatch} tries a rule's later matches too when its first does not resolve.
     */
    static Optional<DateRange> first(List<Rule> rules, String text, ZonedDateTime referenceTime, boolean everyMatch) {
        LocalDate today = referenceTime.withZoneSameInstant(CityTime.ZONE).toLocalDate();
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                DateRange range = rule.resolve().apply(matcher, today);
                if (range != null) {
                    return Optional.of(range);
                }
                if (!everyMatch) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** The next such date: this year if it is still to come, otherwise next year. */
    private static DateRange monthDay(Matcher m, LocalDate today) {
        return monthDay(num(m, 1), num(m, 2), today);
    }

    /** The next such date: this year if it is still to come, otherwise next year; {@code null} if there is none. */
    static DateRange monthDay(int month, int day, LocalDate today) {
        try {
            LocalDate date = LocalDate.of(today.getYear(), month, day);
            return DateRange.day(date.isBefore(today) ? date.plusYears(1) : date);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static DateRange dayOfMonth(Matcher m, LocalDate today) {
        return dayOfMonth(num(m, 1), today);
    }

    /** That day of this month if it is still to come, otherwise of next month; {@code null} if there is none. */
    static DateRange dayOfMonth(int day, LocalDate today) {
        if (day < 1 || day > 31) {
            return null;
        }
        LocalDate month = day >= today.getDayOfMonth() ? today : today.plusMonths(1);
        if (day > month.lengthOfMonth()) {
            return null;
        }
        return DateRange.day(month.withDayOfMonth(day));
    }

    private static DateRange weekday(Matcher m, LocalDate today) {
        DayOfWeek day = dayOfWeek(m.group(2) != null ? m.group(2) : m.group(3));
        String week = m.group(1) == null ? "" : m.group(1);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return DateRange.day(switch (week) {
            case "今週", "こんしゅう", "この" -> monday.plusDays(day.getValue() - 1L);
            case "来週", "らいしゅう" -> monday.plusWeeks(1).plusDays(day.getValue() - 1L);
            case "再来週", "さらいしゅう" -> monday.plusWeeks(2).plusDays(day.getValue() - 1L);
            case "今度", "こんど", "次", "つぎ" -> today.with(TemporalAdjusters.next(day));
            default -> today.with(TemporalAdjusters.nextOrSame(day));
        });
    }

    private static DayOfWeek dayOfWeek(String name) {
        return switch (name) {
            case "月", "げつ" -> DayOfWeek.MONDAY;
            case "火", "か" -> DayOfWeek.TUESDAY;
            case "水", "すい" -> DayOfWeek.WEDNESDAY;
            case "木", "もく" -> DayOfWeek.THURSDAY;
            case "金", "きん" -> DayOfWeek.FRIDAY;
            case "土", "ど" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    /** The coming weekend; on a Sunday that is today only. */
    static DateRange weekend(LocalDate today) {
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate saturday = sunday.minusDays(1);
        return new DateRange(saturday.isBefore(today) ? today : saturday, sunday);
    }

    private static DateRange laterWeekend(Matcher m, LocalDate today) {
        String week = m.group(1) == null ? "来週" : m.group(1);
        return weekendAfter(today, week.startsWith("再") || week.startsWith("さ") ? 2 : 1);
    }

    /** The weekend {@code weeks} after the coming one. */
    static DateRange weekendAfter(LocalDate today, int weeks) {
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusWeeks(weeks);
        return new DateRange(sunday.minusDays(1), sunday);
    }

    /** 平日 (weekdays): the rest of this working week, or next week's if today is a weekend day (or 来週 was said). */
    static DateRange weekdays(Matcher m, LocalDate today) {
        boolean nextWeek = m.group(1) != null || today.getDayOfWeek().getValue() >= 6;
        LocalDate from = nextWeek ? today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : today;
        return new DateRange(from, from.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)));
    }

    static DateRange week(LocalDate today, int weeksAhead) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeksAhead);
        return new DateRange(monday, monday.plusDays(6));
    }

    /** From {@code from} to the end of its month. */
    static DateRange month(LocalDate from) {
        return new DateRange(from, from.with(TemporalAdjusters.lastDayOfMonth()));
    }

    private static DateRange namedMonth(Matcher m, LocalDate today) {
        int month = num(m, 1);
        return month < 1 || month > 12 ? null : namedMonth(month, today);
    }

    /** The rest of that month if it is this one, else the whole month when it next comes. */
    static DateRange namedMonth(int month, LocalDate today) {
        if (month == today.getMonthValue()) {
            return month(today);
        }
        LocalDate first = LocalDate.of(today.getYear(), month, 1);
        return month(first.isBefore(today) ? first.plusYears(1) : first);
    }
}
