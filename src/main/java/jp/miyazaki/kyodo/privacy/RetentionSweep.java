package jp.miyazaki.kyodo.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.shared.RedisKeys;
import jp.miyazaki.kyodo.signup.SignUps;

/**
 * Applies the retention rules: erases citizens who unfollowed longer ago than the grace period (with
 * {@link PersonalData#erase}, the same erasure as "delete my data"), and removes sign-up names and contacts of
 * activities that ended longer ago than the retention period. Runs on one instance per interval: each run first
 * takes a Redis lock that lives almost as long as the interval.
 */
public class RetentionSweep {

    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final PersonalData personalData;
    private final SignUps signUps;
    private final CatalogRepository catalog;
    private final RetentionProperties properties;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();

    public RetentionSweep(StringRedisTemplate redis, RedisKeys keys, PersonalData personalData, SignUps signUps,
            CatalogRepository catalog, RetentionProperties properties, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.personalData = personalData;
        this.signUps = signUps;
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${kyodo.privacy.sweep-interval:1h}",
            fixedDelayString = "${kyodo.privacy.sweep-interval:1h}")
    void scheduled() {
        if (takeLock()) {
            sweep();
        }
    }

    /** Applies both rules now; returns what was removed. */
    public Result sweep() {
        Instant now = clock.instant();
        int erased = 0;
        for (String userId : unfollowedBefore(now.minus(properties.unfollowGrace()))) {
            personalData.erase(userId);
            erased++;
        }
        int contacts = 0;
        Instant endedBefore = now.minus(properties.signUpContactsKeptFor());
        for (Opportunity opportunity : catalog.listOpportunities()) {
            if (opportunity.end() != null && opportunity.end().toInstant().isBefore(endedBefore)) {
                contacts += signUps.forgetContacts(opportunity.id());
            }
        }
        log.info("Retention sweep: {} unfollowed citizens erased, {} sign-up contacts removed", erased, contacts);
        return new Result(erased, contacts);
    }

    /** One run per interval across instances; the lock is left to expire rather than released. */
    boolean takeLock() {
        java.time.Duration hold = properties.sweepInterval().minusMillis(500);
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(keys.key("privacy", "sweep-lock"), instance,
                hold.isNegative() || hold.isZero() ? properties.sweepInterval() : hold));
    }

    private List<String> unfollowedBefore(Instant cutoff) {
        String prefix = keys.key("user", "");
        List<String> due = new ArrayList<>();
        ScanOptions options = ScanOptions.scanOptions().match(prefix + "*").count(500).build();
        try (Cursor<String> cursor = redis.scan(options)) {
            while (cursor.hasNext()) {
                String key = cursor.next();
                String userId = key.substring(prefix.length());
                if (userId.contains(":")) {
                    continue;
                }
                List<Object> fields = redis.opsForHash().multiGet(key, List.of("active", "unfollowedAt"));
                if ("false".equals(fields.get(0)) && fields.get(1) instanceof String at && before(at, cutoff)) {
                    due.add(userId);
                }
            }
        }
        return due;
    }

    private static boolean before(String instant, Instant cutoff) {
        try {
            return Instant.parse(instant).isBefore(cutoff);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** What one sweep removed. */
    public record Result(int citizensErased, int signUpContactsRemoved) {
    }
}
