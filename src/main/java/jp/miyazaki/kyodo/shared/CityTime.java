package jp.miyazaki.kyodo.shared;

import java.time.ZoneId;

/** Miyazaki's time zone: catalog times, dates citizens say, daily counters and reports are all in it. */
public final class CityTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private CityTime() {
    }
}
