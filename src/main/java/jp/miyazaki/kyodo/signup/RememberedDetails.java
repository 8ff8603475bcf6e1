package jp.miyazaki.kyodo.signup;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.shared.RedisKeys;

/**
 * The name and contact a citizen let the bot keep for their next sign-ups (opt-in), or the mark that they said no,
 * so they are not asked again for a while. One hash per citizen; like every personal key its name holds the user
 * id, so "delete my data" erases it. The contact is kept as sign-up entries keep it (as given, checked by
 * {@link ContactCheck}).
 * <pre>
 * {p}signup:remembered:{userId}   HASH name, contact, at (epoch ms)      kept until changed or forgotten
 *                                 HASH declined (epoch ms)               expires after ASK_AGAIN_AFTER
 * </pre>
 */
public class RememberedDetails {

    /** How long a "no" (or 「名前・連絡先を消す」 in 登録情報) keeps the bot from offering again. */
    static final Duration ASK_AGAIN_AFTER = Duration.ofDays(90);

    /** Replaces the hash in one step: ARGV 1 = expiry in ms (0 = none), then field, value pairs. */
    private static final RedisScript<Long> REPLACE = RedisScript.of("""
            redis.call('DEL', KEYS[1])
            redis.call('HSET', KEYS[1], unpack(ARGV, 2))
            if ARGV[1] ~= '0' then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return 1""", Long.class);

    /** A remembered name and contact. */
    public record Details(String name, String contact) {
    }

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Clock clock;
    private final Wording wording;

    public RememberedDetails(StringRedisTemplate redis, RedisKeys keys, Clock clock, Wording wording) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
        this.wording = wording;
    }

    public Optional<Details> find(String userId) {
        List<Object> fields = redis.opsForHash().multiGet(key(userId), List.of("name", "contact"));
        return fields.get(0) instanceof String name && fields.get(1) instanceof String contact
                ? Optional.of(new Details(name, contact)) : Optional.empty();
    }

    /** Whether the citizen said no (or forgot what was kept) within {@link #ASK_AGAIN_AFTER}. */
    public boolean declined(String userId) {
        return redis.opsForHash().hasKey(key(userId), "declined");
    }

    public void remember(String userId, Details details) {
        replace(userId, Duration.ZERO, "name", details.name(), "contact", details.contact(), "at", now());
    }

    public void decline(String userId) {
        replace(userId, ASK_AGAIN_AFTER, "declined", now());
    }

    /** Forgets the name and contact (「名前・連絡先を消す」 in 登録情報); true when there were some. */
    public boolean forget(String userId) {
        boolean kept = find(userId).isPresent();
        decline(userId);
        return kept;
    }

    /** The contact as the bot shows it, masked: 「末尾5678の電話番号」, 「h…@example.jp」. */
    public String shown(String language, Details details) {
        String contact = details.contact();
        int at = contact.indexOf('@');
        if (at > 0) {
            return wording.text(language, "signup.remembered-email", Map.of("first", contact.substring(0, 1),
                    "domain", contact.substring(at + 1)));
        }
        String digits = contact.replaceAll("\\D", "");
        return wording.text(language, "signup.remembered-phone",
                Map.of("last", digits.substring(Math.max(0, digits.length() - 4))));
    }

    private void replace(String userId, Duration expiry, String... fieldsAndValues) {
        String[] arguments = new String[fieldsAndValues.length + 1];
        arguments[0] = String.valueOf(expiry.toMillis());
        System.arraycopy(fieldsAndValues, 0, arguments, 1, fieldsAndValues.length);
        redis.execute(REPLACE, List.of(key(userId)), (Object[]) arguments);
    }

    private String now() {
        return String.valueOf(clock.millis());
    }

    private String key(String userId) {
        return keys.key("signup", "remembered", userId);
    }
}
