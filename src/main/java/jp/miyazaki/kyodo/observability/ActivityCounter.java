package jp.miyazaki.kyodo.observability;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.session.RedisSettings;

/**
 * Small counters for the staff dashboard, per day in Miyazaki (Asia/Tokyo), kept 40 days. Only counts and
 * pseudonyms are stored, never a user id or a message:
 * <pre>
 * {p}stats:{date}:events     handled events of the day
 * {p}stats:{date}:active     HyperLogLog of pseudonyms: distinct citizens of the day (approximate, ±1%)
 * {p}stats:{date}:intents    HASH intent name → count
 * {p}stats:friends           SET of pseudonyms of citizens who follow the account
 * </pre>
 */
@Component
public class ActivityCounter {
    private static final Duration KEPT = Duration.ofDays(40);

    private final StringRedisTemplate redis;
    private final String prefix;

    public ActivityCounter(StringRedisTemplate redis, RedisSettings settings) {
        this.redis = redis;
        this.prefix = settings.keyPrefix() + "stats:";
    }

    /** One handled event of a citizen on {@code day}, with the intent understood if it was a text. */
    public void handled(String userId, LocalDate day, String intent) {
        String events = dayKey(day, "events");
        redis.opsForValue().increment(events);
        redis.expire(events, KEPT);
        String active = dayKey(day, "active");
        redis.opsForHyperLogLog().add(active, Pseudonym.of(userId));
        redis.expire(active, KEPT);
        if (intent != null) {
            String intents = dayKey(day, "intents");
            redis.opsForHash().increment(intents, intent, 1);
            redis.expire(intents, KEPT);
        }
    }

    public void followed(String userId) {
        redis.opsForSet().add(prefix + "friends", Pseudonym.of(userId));
    }

    public void unfollowed(String userId) {
        redis.opsForSet().remove(prefix + "friends", Pseudonym.of(userId));
    }

    /** Citizens following the account since counting began. */
    public long friends() {
        return Objects.requireNonNullElse(redis.opsForSet().size(prefix + "friends"), 0L);
    }

    /** Handled events per day for the {@code days} days up to {@code today}, oldest first. */
    public Map<LocalDate, Long> eventsPerDay(LocalDate today, int days) {
        Map<LocalDate, Long> perDay = new LinkedHashMap<>();
        for (int back = days - 1; back >= 0; back--) {
            LocalDate day = today.minusDays(back);
            String count = redis.opsForValue().get(dayKey(day, "events"));
            perDay.put(day, count == null ? 0L : Long.parseLong(count));
        }
        return perDay;
    }

    /** Distinct citizens active in the {@code days} days up to {@code today}. */
    public long activeCitizens(LocalDate today, int days) {
        List<String> keys = new ArrayList<>();
        for (int back = 0; back < days; back++) {
            keys.add(dayKey(today.minusDays(back), "active"));
        }
        return Objects.requireNonNullElse(redis.opsForHyperLogLog().size(keys.toArray(String[]::new)), 0L);
    }

    /** Intents understood in the {@code days} days up to {@code today}, most frequent first. */
    public Map<String, Long> intents(LocalDate today, int days, int limit) {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (int back = 0; back < days; back++) {
            redis.opsForHash().entries(dayKey(today.minusDays(back), "intents")).forEach((name, count) ->
                    totals.merge(String.valueOf(name), Long.parseLong(String.valueOf(count)), Long::sum));
        }
        Map<String, Long> top = new LinkedHashMap<>();
        totals.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    private String dayKey(LocalDate day, String what) {
        return prefix + day + ":" + what;
    }
}
