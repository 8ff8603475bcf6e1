package jp.miyazaki.kyodo.privacy;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.activity.ActivityRecords;
import jp.miyazaki.kyodo.consultation.Consultations;
import jp.miyazaki.kyodo.shared.RedisKeys;
import jp.miyazaki.kyodo.signup.SignUp;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.subscription.Subscriptions;

/**
 * Everything the bot keeps about one citizen. Every personal key has the user id in its name, so after the
 * features have undone their shared indexes (places, waitlists, segment sets, the consultation inbox, who was
 * present at activities) a scan for the user id finds whatever else is left, such as the conversation session.
 */
public class PersonalData {

    private static final Logger log = LoggerFactory.getLogger(PersonalData.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final SignUps signUps;
    private final Subscriptions subscriptions;
    private final Consultations consultations;
    private final ActivityRecords activityRecords;
    private final List<PersonalIndex> indexes;

    public PersonalData(StringRedisTemplate redis, RedisKeys keys, SignUps signUps,
            Subscriptions subscriptions, Consultations consultations, ActivityRecords activityRecords,
            List<PersonalIndex> indexes) {
        this.redis = redis;
        this.keys = keys;
        this.signUps = signUps;
        this.subscriptions = subscriptions;
        this.consultations = consultations;
        this.activityRecords = activityRecords;
        this.indexes = List.copyOf(indexes);
    }

    public StoredData of(String userId) {
        List<String> userKeys = keysOf(userId);
        String session = keys.key("session", userId);
        long known = userKeys.stream().filter(k -> k.equals(session) || k.equals(keys.key("profile", userId))
                || k.equals(keys.key("subscription", userId)) || k.startsWith(keys.key("signup", ""))
                || k.startsWith(keys.key("consultation", "")) || k.startsWith(keys.key("activity", ""))).count();
        return new StoredData(subscriptions.profile(userId), subscriptions.find(userId), signUps.ofUser(userId),
                consultations.ofUser(userId).size(), userKeys.contains(session), userKeys.size() - known,
                activityRecords.ofUser(userId).size());
    }

    /** Deletes every key of the user and takes them out of every shared index. */
    public Erasure erase(String userId) {
        int cancelled = 0;
        for (SignUp signUp : signUps.ofUser(userId)) {
            if (signUps.cancel(signUp.opportunityId(), userId).cancelled()) {
                cancelled++;
            }
        }
        int deletedConsultations = consultations.forget(userId);
        subscriptions.forget(userId);
        activityRecords.forget(userId);
        indexes.forEach(index -> index.remove(userId));
        List<String> left = keysOf(userId);
        if (!left.isEmpty()) {
            redis.delete(left);
        }
        log.info("Erased a user's data: {} sign-ups cancelled, {} consultations, {} further keys", cancelled,
                deletedConsultations, left.size());
        return new Erasure(cancelled, deletedConsultations, left.size());
    }

    private List<String> keysOf(String userId) {
        List<String> found = new ArrayList<>();
        ScanOptions options = ScanOptions.scanOptions().match(keys.keyPrefix() + "*" + globEscaped(userId) + "*")
                .count(500).build();
        try (Cursor<String> cursor = redis.scan(options)) {
            cursor.forEachRemaining(found::add);
        }
        return found;
    }

    private static String globEscaped(String text) {
        return text.replaceAll("([*?\\[\\]\\\\])", "\\\\$1");
    }
}
