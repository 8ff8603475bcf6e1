package jp.miyazaki.kyodo.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.shared.CityTime;

class QuietHoursTests {

    private final QuietHours miyazaki = new QuietHours(CityTime.ZONE, LocalTime.of(21, 0),
            LocalTime.of(8, 0));

    @Test
    void isQuietFromNineInTheEveningUntilEightInTheMorningJapanTime() {
        assertThat(miyazaki.isQuiet(jst("2026-12-01T20:59:59"))).isFalse();
        assertThat(miyazaki.isQuiet(jst("2026-12-01T21:00:00"))).isTrue();
        assertThat(miyazaki.isQuiet(jst("2026-12-02T00:30:00"))).isTrue();
        assertThat(miyazaki.isQuiet(jst("2026-12-02T07:59:59"))).isTrue();
        assertThat(miyazaki.isQuiet(jst("2026-12-02T08:00:00"))).isFalse();
    }

    @Test
    void aPushDueInQuietHoursWaitsUntilEightUnlessUrgent() {
        assertThat(miyazaki.sendAt(jst("2026-12-01T22:15:00"), false)).isEqualTo(jst("2026-12-02T08:00:00"));
        assertThat(miyazaki.sendAt(jst("2026-12-02T03:00:00"), false)).isEqualTo(jst("2026-12-02T08:00:00"));
        assertThat(miyazaki.sendAt(jst("2026-12-01T22:15:00"), true)).isEqualTo(jst("2026-12-01T22:15:00"));
        assertThat(miyazaki.sendAt(jst("2026-12-01T12:00:00"), false)).isEqualTo(jst("2026-12-01T12:00:00"));
    }

    @Test
    void aDaytimeWindowIsNotTreatedAsOvernight() {
        QuietHours lunch = new QuietHours(CityTime.ZONE, LocalTime.of(12, 0), LocalTime.of(13, 0));

        assertThat(lunch.isQuiet(jst("2026-12-01T12:30:00"))).isTrue();
        assertThat(lunch.isQuiet(jst("2026-12-01T23:30:00"))).isFalse();
        assertThat(lunch.nextAllowed(jst("2026-12-01T12:30:00"))).isEqualTo(jst("2026-12-01T13:00:00"));
    }

    private static Instant jst(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(CityTime.ZONE).toInstant();
    }
}
