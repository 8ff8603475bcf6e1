package jp.miyazaki.kyodo.group;

import java.text.Normalizer;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A start and end time as a leader types it: 「9:00-11:30」「9時〜11時半」「13:30～15:00」. */
public record TimeSpan(LocalTime start, LocalTime end) {

    private static final String TIME = "(\\d{1,2})\\s*(?:[:時]\\s*(\\d{1,2}|半)?\\s*分?)?";
    private static final Pattern SPAN = Pattern.compile(TIME + "\\s*(?:-|~|〜|～|ー|から)\\s*" + TIME + "(?:まで)?");

    public static Optional<TimeSpan> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SPAN.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<LocalTime> start = time(m.group(1), m.group(2));
        Optional<LocalTime> end = time(m.group(3), m.group(4));
        if (start.isEmpty() || end.isEmpty() || !end.get().isAfter(start.get())) {
            return Optional.empty();
        }
        return Optional.of(new TimeSpan(start.get(), end.get()));
    }

    private static Optional<LocalTime> time(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int min = minutes == null ? 0 : "半".equals(minutes) ? 30 : Integer.parseInt(minutes);
        return h > 23 || min > 59 ? Optional.empty() : Optional.of(LocalTime.of(h, min));
    }
}
