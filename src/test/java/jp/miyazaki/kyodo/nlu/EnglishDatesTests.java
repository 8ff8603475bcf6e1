package jp.miyazaki.kyodo.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class EnglishDatesTests {

    /** Tuesday 1 December 2026, 10:00 in Miyazaki. */
    private static final ZonedDateTime TUESDAY = ZonedDateTime.parse("2026-12-01T10:00:00+09:00[Asia/Tokyo]");
    private static final ZonedDateTime SUNDAY = ZonedDateTime.parse("2026-12-06T10:00:00+09:00[Asia/Tokyo]");
    private final EnglishDates dates = new EnglishDates();

    private DateRange at(String text, ZonedDateTime reference) {
        return dates.extract(text.toLowerCase(Locale.ROOT), reference).orElse(null);
    }

    private DateRange on(String text) {
        return at(text, TUESDAY);
    }

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    private static DateRange day(String day) {
        return DateRange.day(LocalDate.parse(day));
    }

    @Test
    void relativeDays() {
        assertThat(on("anything today?")).isEqualTo(day("2026-12-01"));
        assertThat(on("tonight")).isEqualTo(day("2026-12-01"));
        assertThat(on("Tomorrow")).isEqualTo(day("2026-12-02"));
        assertThat(on("tmrw")).isEqualTo(day("2026-12-02"));
        assertThat(on("tommorow morning")).isEqualTo(day("2026-12-02"));
        assertThat(on("the day after tomorrow")).isEqualTo(day("2026-12-03"));
        assertThat(on("in 3 days")).isEqualTo(day("2026-12-04"));
        assertThat(on("in three days")).isEqualTo(day("2026-12-04"));
        assertThat(on("10 days from now")).isEqualTo(day("2026-12-11"));
        assertThat(on("in a week")).isEqualTo(day("2026-12-08"));
        assertThat(on("in 2 weeks")).isEqualTo(day("2026-12-15"));
    }

    /** The same meanings as the Japanese: 今週末, 来週末, 来週の土曜日, 今度の日曜, 来週, 今週, 平日. */
    @Test
    void weekendsWeekdaysAndWeeksFromMondayToSunday() {
        assertThat(on("this weekend")).isEqualTo(range("2026-12-05", "2026-12-06"));
        assertThat(on("on the weekend")).isEqualTo(range("2026-12-05", "2026-12-06"));
        assertThat(on("Saturday or Sunday")).isEqualTo(range("2026-12-05", "2026-12-06"));
        assertThat(on("this wknd")).isEqualTo(range("2026-12-05", "2026-12-06"));
        assertThat(on("next weekend")).isEqualTo(range("2026-12-12", "2026-12-13"));
        assertThat(on("next Saturday")).isEqualTo(day("2026-12-12"));
        assertThat(on("Saturday next week")).isEqualTo(day("2026-12-12"));
        assertThat(on("this Saturday")).isEqualTo(day("2026-12-05"));
        assertThat(on("on Sunday")).isEqualTo(day("2026-12-06"));
        assertThat(on("friday")).isEqualTo(day("2026-12-04"));
        assertThat(on("next week")).isEqualTo(range("2026-12-07", "2026-12-13"));
        assertThat(on("this week")).isEqualTo(range("2026-12-01", "2026-12-06"));
        assertThat(on("on weekdays")).isEqualTo(range("2026-12-01", "2026-12-04"));
        assertThat(on("the week after next")).isEqualTo(range("2026-12-14", "2026-12-20"));
        assertThat(at("this weekend", SUNDAY)).isEqualTo(day("2026-12-06"));
    }

    @Test
    void datesWrittenAsMonthAndDayTheNextSuchDate() {
        assertThat(on("Dec 20")).isEqualTo(day("2026-12-20"));
        assertThat(on("December 20th")).isEqualTo(day("2026-12-20"));
        assertThat(on("20 December")).isEqualTo(day("2026-12-20"));
        assertThat(on("the 20th of dec")).isEqualTo(day("2026-12-20"));
        assertThat(on("12/20")).isEqualTo(day("2026-12-20"));
        assertThat(on("Jan 10")).isEqualTo(day("2027-01-10"));
        assertThat(on("11/3")).isEqualTo(day("2027-11-03"));
        assertThat(on("20/12")).as("day/month when the first number is no month").isEqualTo(day("2026-12-20"));
        assertThat(on("3/11")).as("month/day when both could be months").isEqualTo(day("2027-03-11"));
        assertThat(on("31/31")).isNull();
        assertThat(on("on the 15th")).isEqualTo(day("2026-12-15"));
        assertThat(on("Feb 30")).isNull();
    }

    @Test
    void monthsAndYears() {
        assertThat(on("this month")).isEqualTo(range("2026-12-01", "2026-12-31"));
        assertThat(on("next month")).isEqualTo(range("2027-01-01", "2027-01-31"));
        assertThat(on("in January")).isEqualTo(range("2027-01-01", "2027-01-31"));
        assertThat(on("during march")).isEqualTo(range("2027-03-01", "2027-03-31"));
        assertThat(on("by the end of the year")).isEqualTo(range("2026-12-01", "2026-12-31"));
        assertThat(on("next year")).isEqualTo(range("2027-01-01", "2027-12-31"));
    }

    /** Words that are also month or day names (may, march, sat, sun) name no date on their own. */
    @Test
    void wordsThatOnlyLookLikeDates() {
        assertThat(on("may I join")).isNull();
        assertThat(on("we sat in the sun")).isNull();
        assertThat(on("I want to volunteer")).isNull();
        assertThat(on("for 2 people")).isNull();
    }
}
