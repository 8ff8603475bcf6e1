package jp.miyazaki.kyodo.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DateExtractorTests {

    /** Tuesday 1 December 2026, 10:00 in Miyazaki. */
    private static final ZonedDateTime TUESDAY = ZonedDateTime.parse("2026-12-01T10:00:00+09:00[Asia/Tokyo]");
    private final DateExtractor extractor = new DateExtractor();
    private final TextNormalizer normalizer = new TextNormalizer();

    private DateRange at(String text, ZonedDateTime reference) {
        return extractor.extract(normalizer.normalize(text), reference).orElse(null);
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
        assertThat(on("今日ある?")).isEqualTo(day("2026-12-01"));
        assertThat(on("きょうは")).isEqualTo(day("2026-12-01"));
        assertThat(on("明日")).isEqualTo(day("2026-12-02"));
        assertThat(on("あした")).isEqualTo(day("2026-12-02"));
        assertThat(on("明後日")).isEqualTo(day("2026-12-03"));
        assertThat(on("あさって")).isEqualTo(day("2026-12-03"));
        assertThat(on("3日後")).isEqualTo(day("2026-12-04"));
        assertThat(on("十日後")).isEqualTo(day("2026-12-11"));
    }

    @Test
    void weekendsAndWeekdaysWithWeeksFromMondayToSunday() {
        assertThat(on("今週末")).isEqualTo(range("2026-12-05", "2026-12-06"));
        assertThat(on("土日に")).isEqualTo(range("2026-12-05", "2026-12-06"));
        assertThat(on("来週末")).isEqualTo(range("2026-12-12", "2026-12-13"));
        assertThat(on("来週の土曜日")).isEqualTo(day("2026-12-12"));
        assertThat(on("今週の土曜")).isEqualTo(day("2026-12-05"));
        assertThat(on("今度の日曜")).isEqualTo(day("2026-12-06"));
        assertThat(on("どようび")).isEqualTo(day("2026-12-05"));
        assertThat(on("来週")).isEqualTo(range("2026-12-07", "2026-12-13"));
        assertThat(on("今週")).isEqualTo(range("2026-12-01", "2026-12-06"));
        assertThat(on("平日")).isEqualTo(range("2026-12-01", "2026-12-04"));
        assertThat(on("来週の平日")).isEqualTo(range("2026-12-07", "2026-12-11"));
    }

    @Test
    void onSundayTheWeekendIsTodayAndTheNextSundayIsAWeekAway() {
        ZonedDateTime sunday = ZonedDateTime.parse("2026-12-06T09:00:00+09:00[Asia/Tokyo]");
        assertThat(at("週末", sunday)).isEqualTo(day("2026-12-06"));
        assertThat(at("今度の日曜", sunday)).isEqualTo(day("2026-12-13"));
        assertThat(at("平日", sunday)).isEqualTo(range("2026-12-07", "2026-12-11"));
    }

    @Test
    void calendarDatesAreTheNextSuchDate() {
        assertThat(on("12月20日")).isEqualTo(day("2026-12-20"));
        assertThat(on("１２月２０日")).isEqualTo(day("2026-12-20"));
        assertThat(on("十二月二十日")).isEqualTo(day("2026-12-20"));
        assertThat(on("12/20")).isEqualTo(day("2026-12-20"));
        assertThat(on("1/10")).isEqualTo(day("2027-01-10"));
        assertThat(on("11月3日")).isEqualTo(day("2027-11-03"));
        assertThat(on("2月30日")).isNull();
        assertThat(on("20日に")).isEqualTo(day("2026-12-20"));
    }

    @Test
    void monthsAndYear() {
        assertThat(on("今月")).isEqualTo(range("2026-12-01", "2026-12-31"));
        assertThat(on("来月")).isEqualTo(range("2027-01-01", "2027-01-31"));
        assertThat(on("年内")).isEqualTo(range("2026-12-01", "2026-12-31"));
        assertThat(on("3月")).isEqualTo(range("2027-03-01", "2027-03-31"));
    }

    @Test
    void ignoresWordsThatOnlyLookLikeDates() {
        assertThat(on("きょういくのボランティア")).isNull();
        assertThat(on("かんきょう")).as("環境 in kana").isNull();
        assertThat(on("もうしこみの じょうきょう")).as("状況 in kana").isNull();
        assertThat(on("こんばんは")).isNull();
        assertThat(on("月曜日")).isEqualTo(day("2026-12-07"));
        assertThat(on("ボランティア探してます")).isNull();
        assertThat(on("一緒に参加したい")).isNull();
    }

    @Test
    void readsTheReferenceTimeInTokyo() {
        ZonedDateTime utcLateEvening = ZonedDateTime.parse("2026-12-01T20:00:00Z");
        assertThat(at("今日", utcLateEvening)).isEqualTo(day("2026-12-02"));
    }

    @Test
    void readsTheWordsItIsGivenAndRefusesAMeaningItDoesNotKnow() {
        DateExtractor given = new DateExtractor(new DateWords(List.of(new DateWords.Written("tomorrow", "あす"),
                new DateWords.Written("weekday", "(次)?の?(?:(土)曜|(ど)ようび)")), Map.of("次", "following"),
                Map.of("土", "saturday", "ど", "saturday")));

        assertThat(given.extract("あす", TUESDAY)).contains(day("2026-12-02"));
        assertThat(given.extract("次の土曜", TUESDAY)).contains(day("2026-12-05"));
        assertThat(given.extract("明日", TUESDAY)).isEmpty();
        assertThatThrownBy(() -> new DateExtractor(new DateWords(List.of(new DateWords.Written("someday", "いつか")),
                Map.of(), Map.of()))).hasMessageContaining("'someday' is not a date meaning");
    }
}
