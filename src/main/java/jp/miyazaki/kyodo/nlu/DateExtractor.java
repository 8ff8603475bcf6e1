package jp.miyazaki.kyodo.nlu;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import jp.miyazaki.kyodo.shared.CityTime;

/**
 * Resolves the date expressions citizens use (今日, 今週末, 来週の土曜日, 12月20日, 12/20, 来月, 3日後, 平日 …) to a
 * {@link DateRange} in Asia/Tokyo. The words are data ({@code dialogs/dates.yml}, {@link DateWords}); what each rule
 * means is here. Weeks run Monday to Sunday. Rules are tried in the file's order, the most specific first, so
 * 来週の土曜日 is not read as 来週. Patterns are compiled once, when the extractor is built.
 */
public final class DateExtractor {
    /** A pattern and what a match of it means on a given day ({@code null}: not a date after all). */
    record Rule(Pattern pattern, BiFunction<Matcher, LocalDate, DateRange> resolve) {
    }

    /** What a rule of {@code dates.yml} can mean, with the groups its pattern must capture. */
    private enum Meaning {
        MONTH_DAY(2), DAYS_LATER(1), WEEKS_LATER(1), DAY_AFTER_TOMORROW(0), TOMORROW(0), TODAY(0), WEEKDAY(3),
        LATER_WEEKEND(1), WEEKEND(0), WEEKDAYS(1), WEEK_AFTER_NEXT(0), NEXT_WEEK(0), THIS_WEEK(0),
        MONTH_AFTER_NEXT(0), NEXT_MONTH(0), THIS_MONTH(0), NAMED_MONTH(1), REST_OF_YEAR(0), NEXT_YEAR(0),
        DAY_OF_MONTH(1);

        private final int groups;

        Meaning(int groups) {
            this.groups = groups;
        }

        static Optional<Meaning> written(String name) {
            return Arrays.stream(values()).filter(m -> m.writtenName().equals(name)).findFirst();
        }

        String writtenName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Which week a word before a weekday or weekend stands for ({@code weeks} of {@code dates.yml}). */
    private enum Week {
        THIS, NEXT, AFTER_NEXT, FOLLOWING;

        static Optional<Week> written(String name) {
            return Arrays.stream(values()).filter(w -> w.name().toLowerCase(Locale.ROOT).replace('_', '-')
                    .equals(name)).findFirst();
        }
    }

    private final List<Rule> rules;
    private final Map<String, Week> weekByWord;
    private final Map<String, DayOfWeek> dayByWord;

    /** With the shipped {@code dialogs/dates.yml}. */
    public DateExtractor() {
        this(DateWords.shipped());
    }

    /** With {@code words}; a meaning, week or day it names that is not known here is an error. */
    public DateExtractor(DateWords words) {
        Map<String, Week> weeks = new HashMap<>();
        words.weekByWord().forEach((word, name) -> weeks.put(word, Week.written(name).orElseThrow(
                () -> new IllegalStateException(weekProblem(name).orElseThrow()))));
        Map<String, DayOfWeek> days = new HashMap<>();
        words.dayByWord().forEach((word, name) -> days.put(word, day(name).orElseThrow(
                () -> new IllegalStateException(dayProblem(name).orElseThrow()))));
        this.weekByWord = Map.copyOf(weeks);
        this.dayByWord = Map.copyOf(days);
        this.rules = words.rules().stream().map(this::rule).toList();
    }

    /** Why {@code means} is not a meaning a date rule can have, if it is not. */
    public static Optional<String> meaningProblem(String means) {
        return Meaning.written(means).isPresent() ? Optional.empty() : Optional.of("'" + means
                + "' is not a date meaning; known: " + Arrays.stream(Meaning.values()).map(Meaning::writtenName)
                .collect(Collectors.joining(", ")));
    }

    /** Why {@code pattern} cannot find what the known meaning {@code means} reads, if it cannot. */
    public static Optional<String> patternProblem(String means, String pattern) {
        int needed = Meaning.written(means).orElseThrow().groups;
        int groups;
        try {
            groups = Pattern.compile(pattern).matcher("").groupCount();
        } catch (PatternSyntaxException e) {
            return Optional.of("not a valid pattern: " + e.getDescription() + " at index " + e.getIndex());
        }
        return groups < needed ? Optional.of("'" + means + "' needs " + needed + " groups in its pattern, not "
                + groups) : Optional.empty();
    }

    /** Why {@code name} under {@code weeks} is not a week, if it is not. */
    public static Optional<String> weekProblem(String name) {
        return Week.written(name).isPresent() ? Optional.empty() : Optional.of("'" + name
                + "' is not a week; known: this, next, after-next, following");
    }

    /** Why {@code name} under {@code days} is not a day of the week, if it is not. */
    public static Optional<String> dayProblem(String name) {
        return day(name).isPresent() ? Optional.empty() : Optional.of("'" + name
                + "' is not a day of the week; known: monday … sunday");
    }

    private static Optional<DayOfWeek> day(String name) {
        return Arrays.stream(DayOfWeek.values()).filter(d -> d.name().toLowerCase(Locale.ROOT).equals(name))
                .findFirst();
    }

    private Rule rule(DateWords.Written written) {
        meaningProblem(written.means()).or(() -> patternProblem(written.means(), written.pattern()))
                .ifPresent(problem -> {
                    throw new IllegalStateException("dates.yml rule " + written + ": " + problem);
                });
        Meaning meaning = Meaning.written(written.means()).orElseThrow();
        return new Rule(Pattern.compile(written.pattern()), switch (meaning) {
            case MONTH_DAY -> DateExtractor::monthDay;
            case DAYS_LATER -> (m, t) -> DateRange.day(t.plusDays(num(m, 1)));
            case WEEKS_LATER -> (m, t) -> DateRange.day(t.plusWeeks(num(m, 1)));
            case DAY_AFTER_TOMORROW -> (m, t) -> DateRange.day(t.plusDays(2));
            case TOMORROW -> (m, t) -> DateRange.day(t.plusDays(1));
            case TODAY -> (m, t) -> DateRange.day(t);
            case WEEKDAY -> this::weekday;
            case LATER_WEEKEND -> this::laterWeekend;
            case WEEKEND -> (m, t) -> weekend(t);
            case WEEKDAYS -> DateExtractor::weekdays;
            case WEEK_AFTER_NEXT -> (m, t) -> week(t, 2);
            case NEXT_WEEK -> (m, t) -> week(t, 1);
            case THIS_WEEK -> (m, t) -> new DateRange(t, t.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
            case MONTH_AFTER_NEXT -> (m, t) -> month(t.plusMonths(2).withDayOfMonth(1));
            case NEXT_MONTH -> (m, t) -> month(t.plusMonths(1).withDayOfMonth(1));
            case THIS_MONTH -> (m, t) -> month(t);
            case NAMED_MONTH -> DateExtractor::namedMonth;
            case REST_OF_YEAR -> (m, t) -> new DateRange(t, t.with(TemporalAdjusters.lastDayOfYear()));
            case NEXT_YEAR -> (m, t) -> new DateRange(t.plusYears(1).withDayOfYear(1),
                    t.plusYears(1).with(TemporalAdjusters.lastDayOfYear()));
            case DAY_OF_MONTH -> DateExtractor::dayOfMonth;
        });
    }

    /** The date range named in {@code normalized} text, relative to {@code referenceTime}. */
    public Optional<DateRange> extract(String normalized, ZonedDateTime referenceTime) {
        return first(rules, normalized, referenceTime, false);
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

    /** That weekday of the week a word before it names, or the coming one (today included) without one. */
    private DateRange weekday(Matcher m, LocalDate today) {
        DayOfWeek day = dayByWord.get(m.group(2) != null ? m.group(2) : m.group(3));
        Week week = m.group(1) == null ? null : weekByWord.get(m.group(1));
        if (day == null) {
            return null;
        }
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return DateRange.day(week == null ? today.with(TemporalAdjusters.nextOrSame(day)) : switch (week) {
            case THIS -> monday.plusDays(day.getValue() - 1L);
            case NEXT -> monday.plusWeeks(1).plusDays(day.getValue() - 1L);
            case AFTER_NEXT -> monday.plusWeeks(2).plusDays(day.getValue() - 1L);
            case FOLLOWING -> today.with(TemporalAdjusters.next(day));
        });
    }

    /** The coming weekend; on a Sunday that is today only. */
    static DateRange weekend(LocalDate today) {
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate saturday = sunday.minusDays(1);
        return new DateRange(saturday.isBefore(today) ? today : saturday, sunday);
    }

    /** Next week's weekend, or the one after when the word before it is an {@code after-next} one. */
    private DateRange laterWeekend(Matcher m, LocalDate today) {
        boolean afterNext = m.group(1) != null && weekByWord.get(m.group(1)) == Week.AFTER_NEXT;
        return weekendAfter(today, afterNext ? 2 : 1);
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
