package jp.miyazaki.kyodo.nlu;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the English date expressions residents use (today, tomorrow, this weekend, next Saturday, Dec 20,
 * 20 December, 12/20, in 3 days, next week, next month, in January, weekdays …) to a {@link DateRange} in
 * Asia/Tokyo, with the same meanings as {@link DateExtractor}: weeks run Monday to Sunday, "next Saturday" and "next
 * weekend" are next week's (来週の土曜日, 来週末), a bare or "this" weekday the coming one, 12/20 is month/day (20/12,
 * whose first number is no month, day/month). Rules are tried from the most specific to the most general, on
 * lower-case text.
 */
final class EnglishDates {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** Month names that are also words (may, march) count only beside a day or after in/during/next. */
    private static final String MONTH_ALONE = "(january|february|april|june|july|august|september|october|november"
            + "|december)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String WEEKDAY = "(monday|mon|tuesday|tues|tue|wednesday|wednsday|wensday|wed|thursday|thurs"
            + "|thur|thu|friday|fri|saturday|saterday|satuday|sat|sunday|sun)s?";
    /** Sat and sun are also words ("sat down", "the sun"): alone they need "this", "next", "on" or "coming". */
    private static final Pattern AMBIGUOUS_WEEKDAY = Pattern.compile("sat|sun|wed");
    private static final String COUNT = "(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|a couple of|a few)";
    private static final Map<String, Integer> COUNTS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("a couple of", 2), Map.entry("a few", 3));

    private static final List<DateExtractor.Rule> RULES = List.of(
            new DateExtractor.Rule(Pattern.compile("\\b" + MONTH + "\\s*" + DAY + "\\b"), (m, t) -> DateExtractor.monthDay(month(m.group(1)),
                    DateExtractor.num(m, 2), t)),
            new DateExtractor.Rule(Pattern.compile("\\b" + DAY + "\\s*(?:of\\s+)?" + MONTH + "\\b"), (m, t) -> DateExtractor.monthDay(
                    month(m.group(2)), DateExtractor.num(m, 1), t)),
            new DateExtractor.Rule(Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?![\\d/])"),
                    EnglishDates::slashed),
            new DateExtractor.Rule(Pattern.compile("\\bin\\s+" + COUNT + "\\s+days?\\b|\\b" + COUNT + "\\s+days?\\s+(?:from now|later"
                    + "|from today)\\b"), (m, t) -> DateRange.day(t.plusDays(count(m)))),
            new DateExtractor.Rule(Pattern.compile("\\bin\\s+" + COUNT + "\\s+weeks?\\b|\\b" + COUNT + "\\s+weeks?\\s+(?:from now"
                    + "|later|from today)\\b"), (m, t) -> DateRange.day(t.plusWeeks(count(m)))),
            new DateExtractor.Rule(Pattern.compile("\\b(?:the\\s+)?day\\s+after\\s+(?:tomorrow|tmrw|tomorow|tommorow)\\b"),
                    (m, t) -> DateRange.day(t.plusDays(2))),
            new DateExtractor.Rule(Pattern.compile("\\b(?:tomorrow|tomorrows|tmrw|tmr|tomorow|tommorow|tommorrow|tomorro|2moro"
                    + "|tomorrow's)\\b"), (m, t) -> DateRange.day(t.plusDays(1))),
            new DateExtractor.Rule(Pattern.compile("\\b(?:today|todays|today's|tonight|tonite|this evening|this afternoon"
                    + "|this morning|2day)\\b"), (m, t) -> DateRange.day(t)),
            new DateExtractor.Rule(Pattern.compile("\\b(?:next\\s+(?:weekend|wkend|wknd)|weekend\\s+after\\s+this"
                    + "|the\\s+weekend\\s+after\\s+next|weekend\\s+after\\s+next)\\b"), EnglishDates::laterWeekend),
            new DateExtractor.Rule(Pattern.compile("\\b(?:this\\s+|the\\s+|coming\\s+|on\\s+the\\s+)?"
                    + "(?:week-?ends?|wkends?|wknds?|weeknd)\\b"
                    + "|\\bsat(?:urday)?\\s*(?:and|or|&|/|\\+)\\s*sun(?:day)?\\b"), (m, t) -> DateExtractor.weekend(t)),
            new DateExtractor.Rule(Pattern.compile("\\b(this|next|coming|the coming|on|this coming|the next)?\\s*\\b" + WEEKDAY
                    + "\\b(\\s+next\\s+week|\\s+after\\s+next)?"), EnglishDates::weekday),
            new DateExtractor.Rule(Pattern.compile("\\b(next\\s+week'?s?\\s+)?week\\s?days?\\b|\\bduring\\s+the\\s+week\\b"),
                    DateExtractor::weekdays),
            new DateExtractor.Rule(Pattern.compile("\\b(?:the\\s+)?week\\s+after\\s+next\\b"), (m, t) -> DateExtractor.week(t, 2)),
            new DateExtractor.Rule(Pattern.compile("\\bnext\\s+week\\b"), (m, t) -> DateExtractor.week(t, 1)),
            new DateExtractor.Rule(Pattern.compile("\\bthis\\s+week\\b"),
                    (m, t) -> new DateRange(t, t.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)))),
            new DateExtractor.Rule(Pattern.compile("\\b(?:the\\s+)?month\\s+after\\s+next\\b"),
                    (m, t) -> DateExtractor.month(t.plusMonths(2).withDayOfMonth(1))),
            new DateExtractor.Rule(Pattern.compile("\\bnext\\s+month\\b"), (m, t) -> DateExtractor.month(t.plusMonths(1).withDayOfMonth(1))),
            new DateExtractor.Rule(Pattern.compile("\\bthis\\s+month\\b"), (m, t) -> DateExtractor.month(t)),
            new DateExtractor.Rule(Pattern.compile("\\b(?:in|during|for|next|this|until|till|by)\\s+" + MONTH + "(?![\\w])"
                    + "|\\b" + MONTH_ALONE + "\\b"), (m, t) -> DateExtractor.namedMonth(month(m.group(1) != null ? m.group(1)
                    : m.group(2)), t)),
            new DateExtractor.Rule(Pattern.compile("\\b(?:this\\s+year|by\\s+the\\s+end\\s+of\\s+the\\s+year|end\\s+of\\s+the\\s+year"
                    + "|(?:before\\s+)?the\\s+end\\s+of\\s+this\\s+year|year-?end)\\b"),
                    (m, t) -> new DateRange(t, t.with(TemporalAdjusters.lastDayOfYear()))),
            new DateExtractor.Rule(Pattern.compile("\\bnext\\s+year\\b"), (m, t) -> new DateRange(t.plusYears(1).withDayOfYear(1),
                    t.plusYears(1).with(TemporalAdjusters.lastDayOfYear()))),
            new DateExtractor.Rule(Pattern.compile("\\bthe\\s+(\\d{1,2})(?:st|nd|rd|th)\\b|\\bon\\s+the\\s+" + DAY + "\\b"),
                    EnglishDates::dayOfMonth));

    /** The date range named in lower-case {@code text}, relative to {@code referenceTime}. */
    Optional<DateRange> extract(String text, ZonedDateTime referenceTime) {
        return DateExtractor.first(RULES, text, referenceTime, true);
    }

    private static int count(Matcher m) {
        String value = m.group(1) != null ? m.group(1) : m.group(2);
        return value.chars().allMatch(Character::isDigit) ? Integer.parseInt(value) : COUNTS.get(value);
    }

    private static int month(String name) {
        return switch (name.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

    /** 12/20 as month/day, as in Japan and the US; 20/12 as day/month, the British order, when 20 is no month. */
    private static DateRange slashed(Matcher m, LocalDate today) {
        int first = DateExtractor.num(m, 1);
        int second = DateExtractor.num(m, 2);
        return first > 12 ? DateExtractor.monthDay(second, first, today) : DateExtractor.monthDay(first, second, today);
    }

    private static DateRange dayOfMonth(Matcher m, LocalDate today) {
        return DateExtractor.dayOfMonth(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)), today);
    }

    private static DateRange weekday(Matcher m, LocalDate today) {
        String qualifier = m.group(1) == null ? "" : m.group(1).strip();
        String name = m.group(2);
        if (qualifier.isEmpty() && AMBIGUOUS_WEEKDAY.matcher(name).matches()) {
            return null;
        }
        DayOfWeek day = dayOfWeek(name);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String after = m.group(3) == null ? "" : m.group(3).strip();
        if (after.startsWith("after")) {
            return DateRange.day(monday.plusWeeks(2).plusDays(day.getValue() - 1L));
        }
        if (qualifier.equals("next") || after.startsWith("next")) {
            return DateRange.day(monday.plusWeeks(1).plusDays(day.getValue() - 1L));
        }
        return DateRange.day(today.with(TemporalAdjusters.nextOrSame(day)));
    }

    private static DayOfWeek dayOfWeek(String name) {
        return switch (name.substring(0, 2)) {
            case "mo" -> DayOfWeek.MONDAY;
            case "tu" -> DayOfWeek.TUESDAY;
            case "we" -> DayOfWeek.WEDNESDAY;
            case "th" -> DayOfWeek.THURSDAY;
            case "fr" -> DayOfWeek.FRIDAY;
            case "sa" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    private static DateRange laterWeekend(Matcher m, LocalDate today) {
        return DateExtractor.weekendAfter(today, m.group().contains("next") && m.group().contains("after") ? 2 : 1);
    }
}
