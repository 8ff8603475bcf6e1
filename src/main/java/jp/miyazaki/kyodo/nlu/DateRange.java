package jp.miyazaki.kyodo.nlu;

import java.time.LocalDate;

/** An inclusive range of calendar days in Asia/Tokyo. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends before it starts");
        }
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }
}
