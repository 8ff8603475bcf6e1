package jp.miyazaki.kyodo.link;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.privacy.PersonalIndex;
import jp.miyazaki.kyodo.shared.RedisKeys;

/**
 * One-time link codes and the links they make. A code is eight characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), shown as {@code K7Q4-9MZP}, valid for {@link LinkProperties#codeValidity()} and usable once.
 * Wrong codes count against the citizen, so codes cannot be guessed by trying.
 *
 * <pre>
 * link:code:{code}               the target, with a TTL
 * link:attempts:{userId}         wrong codes in the current window
 * link:user:{userId}             SET of targets the citizen is linked to
 * link:members:{kind}:{id}       SET of linked user ids
 * </pre>
 */
public class AccountLinks implements PersonalIndex {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    /** Eight code characters, with or without a separator, anywhere in a message. */
    static final Pattern CODE = Pattern.compile("(?<![A-Z0-9])([A-Z0-9]{4})[-\\s]?([A-Z0-9]{4})(?![A-Z0-9])");

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final LinkProperties properties;
    private final SecureRandom random = new SecureRandom();

    public AccountLinks(StringRedisTemplate redis, RedisKeys keys, LinkProperties properties) {
        this.redis = redis;
        this.keys = keys;
        this.properties = properties;
    }

    /** Issues a new code for the target; older codes stay valid until they expire. */
    public String issue(LinkTarget target) {
        String code;
        do {
            StringBuilder chars = new StringBuilder(8);
            for (int i = 0; i < 8; i++) {
                chars.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            code = chars.toString();
        } while (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(keys.key("link", "code", code),
                target.stored(), properties.codeValidity())));
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    /** The code in a message such as 「連携コード ｋ７ｑ４－９ｍｚｐ」, upper-cased, without its separator. */
    public static Optional<String> codeIn(String message) {
        if (message == null) {
            return Optional.empty();
        }
        String normalized = Normalizer.normalize(message, Normalizer.Form.NFKC).toUpperCase()
                .replace('ー', '-').replace('−', '-');
        Matcher matcher = CODE.matcher(normalized);
        return matcher.find() ? Optional.of(matcher.group(1) + matcher.group(2)) : Optional.empty();
    }

    /** Redeems a code for the citizen: links them and uses the code up. */
    public Redemption redeem(String code, String userId) {
        String attemptsKey = keys.key("link", "attempts", userId);
        String attempts = redis.opsForValue().get(attemptsKey);
        if (attempts != null && Integer.parseInt(attempts) >= properties.maxAttempts()) {
            return new Redemption.Locked();
        }
        Optional<LinkTarget> target = LinkTarget.parse(
                redis.opsForValue().getAndDelete(keys.key("link", "code", code.replace("-", ""))));
        if (target.isEmpty()) {
            Long wrong = redis.opsForValue().increment(attemptsKey);
            if (wrong != null && wrong == 1) {
                redis.expire(attemptsKey, properties.attemptWindow());
            }
            return new Redemption.Unknown();
        }
        redis.opsForSet().add(keys.key("link", "user", userId), target.get().stored());
        redis.opsForSet().add(membersKey(target.get()), userId);
        return new Redemption.Linked(target.get());
    }

    /** The citizens linked to the target, e.g. a group's leaders. */
    public Set<String> linkedUsers(LinkTarget target) {
        Set<String> users = redis.opsForSet().members(membersKey(target));
        return users == null ? Set.of() : Set.copyOf(users);
    }

    /** What the citizen is linked to. */
    public Set<LinkTarget> targets(String userId) {
        Set<String> stored = redis.opsForSet().members(keys.key("link", "user", userId));
        Set<LinkTarget> targets = new LinkedHashSet<>();
        if (stored != null) {
            stored.stream().sorted().forEach(s -> LinkTarget.parse(s).ifPresent(targets::add));
        }
        return targets;
    }

    /** The ids of the things of this kind the citizen is linked to. */
    public Set<String> targets(String userId, String kind) {
        Set<String> ids = new LinkedHashSet<>();
        targets(userId).stream().filter(t -> t.kind().equals(kind)).forEach(t -> ids.add(t.id()));
        return ids;
    }

    /** Ends one link, e.g. when a leader hands over to someone else. */
    public void unlink(String userId, LinkTarget target) {
        redis.opsForSet().remove(keys.key("link", "user", userId), target.stored());
        redis.opsForSet().remove(membersKey(target), userId);
    }

    /** Takes the citizen out of every member set; their own keys go with the rest of their data. */
    @Override
    public void remove(String userId) {
        targets(userId).forEach(target -> redis.opsForSet().remove(membersKey(target), userId));
    }

    private String membersKey(LinkTarget target) {
        return keys.key("link", "members", target.kind(), target.id());
    }

    /** What redeeming a code did. */
    public sealed interface Redemption {

        record Linked(LinkTarget target) implements Redemption {
        }

        /** No such code, or it expired or was used. */
        record Unknown() implements Redemption {
        }

        /** Too many wrong codes lately. */
        record Locked() implements Redemption {
        }
    }
}
