package jp.miyazaki.kyodo.citizen;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.line.LineGateway;
import jp.miyazaki.kyodo.nlu.MessageScript;
import jp.miyazaki.kyodo.session.RedisSettings;

/**
 * The language a citizen is answered in ({@code ja}, {@code en} or {@code ja-easy}), kept in the citizen's profile
 * hash {@code {prefix}user:{userId}} beside the follow status, so "delete my data" erases it with the rest. An
 * explicit choice wins; otherwise a message in Latin script is answered in English for that reply; otherwise the
 * language of the LINE profile, read on follow and at most once a day after. Any profile language other than
 * Japanese is answered in English until more languages exist. Only a follow waits for the profile (the welcome is in
 * its language); on a message a due read runs beside the answer, so no reply waits for LINE's profile call.
 */
@Component
public class CitizenLanguage implements AutoCloseable {

    public static final String JAPANESE = "ja";
    public static final String ENGLISH = "en";
    public static final String EASY_JAPANESE = "ja-easy";
    public static final Set<String> ANSWERED = Set.of(JAPANESE, ENGLISH, EASY_JAPANESE);
    /** A citizen who neither chose a language nor had their LINE profile read: answered in Japanese. */
    public static final String UNKNOWN = "unknown";

    private static final String PROFILE = "language";
    private static final String READ_AT = "languageReadAt";
    private static final String CHOSEN = "languageChosen";
    private static final Duration REREAD_AFTER = Duration.ofDays(1);
    private static final int CHUNK = 5_000;
    private static final byte[][] LANGUAGE_FIELDS = {CHOSEN.getBytes(StandardCharsets.UTF_8),
            PROFILE.getBytes(StandardCharsets.UTF_8)};

    private final StringRedisTemplate redis;
    private final LineGateway line;
    private final String prefix;
    private final ExecutorService profileReads = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "kyodo-profile-read");
        thread.setDaemon(true);
        return thread;
    });

    public CitizenLanguage(StringRedisTemplate redis, LineGateway line, RedisSettings settings) {
        this.redis = redis;
        this.line = line;
        this.prefix = settings.keyPrefix() + "user:";
    }

    /**
     * The language to answer this turn in. {@code following} reads the profile again now (a follow event);
     * {@code text} is the citizen's message, if any.
     */
    public String forTurn(String userId, String text, boolean following, Instant now) {
        Map<Object, Object> stored = redis.opsForHash().entries(key(userId));
        Object chosen = stored.get(CHOSEN);
        if (chosen != null && ANSWERED.contains(chosen.toString())) {
            return chosen.toString();
        }
        if (text != null && MessageScript.isLatin(text)) {
            return ENGLISH;
        }
        Object profile = stored.get(PROFILE);
        if (following) {
            redis.opsForHash().put(key(userId), READ_AT, now.toString());
            Optional<String> read = readProfile(userId);
            if (read.isPresent()) {
                profile = read.get();
            }
        } else if (due(stored.get(READ_AT), now)) {
            // Marked first, so the citizen's next messages do not ask LINE again while this read is under way.
            redis.opsForHash().put(key(userId), READ_AT, now.toString());
            profileReads.execute(() -> readProfile(userId));
        }
        return profile == null ? JAPANESE : answeredIn(profile.toString());
    }

    /**
     * The language to push a notice in outside a turn (a change to an activity they signed up for): their choice,
     * else their LINE profile's as last read, else Japanese. LINE is not asked.
     */
    public String forNotice(String userId) {
        Map<Object, Object> stored = redis.opsForHash().entries(key(userId));
        Object chosen = stored.get(CHOSEN);
        if (chosen != null && ANSWERED.contains(chosen.toString())) {
            return chosen.toString();
        }
        Object profile = stored.get(PROFILE);
        return profile == null ? JAPANESE : answeredIn(profile.toString());
    }

    /**
     * The language of each of {@code userIds} whose language is known, as {@link #forNotice} finds it (their
     * choice, else their LINE profile's); the others are left out. A chunk of citizens is read in one pipeline, so a
     * broadcast's 100,000 recipients take a few round trips (the profiles are in different hash slots on Redis
     * Cluster, so no script over many keys).
     */
    public Map<String, String> knownLanguages(Collection<String> userIds) {
        List<String> citizens = List.copyOf(userIds);
        Map<String, String> known = new HashMap<>();
        for (int from = 0; from < citizens.size(); from += CHUNK) {
            List<String> chunk = citizens.subList(from, Math.min(citizens.size(), from + CHUNK));
            List<Object> stored = redis.executePipelined((RedisCallback<Object>) connection -> {
                chunk.forEach(userId -> connection.hashCommands().hMGet(
                        key(userId).getBytes(StandardCharsets.UTF_8), LANGUAGE_FIELDS));
                return null;
            });
            for (int n = 0; n < chunk.size(); n++) {
                List<?> fields = (List<?>) stored.get(n);
                Object chosen = fields.get(0);
                Object profile = fields.get(1);
                if (chosen != null && ANSWERED.contains(chosen.toString())) {
                    known.put(chunk.get(n), chosen.toString());
                } else if (profile != null) {
                    known.put(chunk.get(n), answeredIn(profile.toString()));
                }
            }
        }
        return known;
    }

    /**
     * How many of {@code userIds} are answered in each language ({@code ja}, {@code en}, {@code ja-easy}) and how
     * many in none known yet ({@link #UNKNOWN}), in that order, every one present.
     */
    public Map<String, Long> census(Collection<String> userIds) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List.of(JAPANESE, ENGLISH, EASY_JAPANESE).forEach(language -> counts.put(language, 0L));
        Map<String, String> known = knownLanguages(userIds);
        known.values().forEach(language -> counts.merge(language, 1L, Long::sum));
        counts.put(UNKNOWN, (long) userIds.size() - known.size());
        return counts;
    }

    /** The citizen said which language they want (「English」「やさしい日本語」「日本語」). */
    public void choose(String userId, String language) {
        if (!ANSWERED.contains(language)) {
            throw new IllegalArgumentException("No answers in language " + language);
        }
        redis.opsForHash().put(key(userId), CHOSEN, language);
    }

    private Optional<String> readProfile(String userId) {
        Optional<String> read = line.profileLanguage(userId);
        read.ifPresent(language -> redis.opsForHash().put(key(userId), PROFILE, language));
        return read;
    }

    @Override
    public void close() {
        profileReads.shutdownNow();
    }

    /** The simulator's stand-in for the LINE profile: the language is as if read from it just now. */
    public void profileSays(String userId, String language, Instant now) {
        redis.opsForHash().putAll(key(userId), Map.of(PROFILE, language, READ_AT, now.toString()));
    }

    /** A LINE profile language as answered: Japanese as itself, any other language in English for now. */
    static String answeredIn(String profileLanguage) {
        return profileLanguage.equals(JAPANESE) || profileLanguage.startsWith(JAPANESE + "-") ? JAPANESE : ENGLISH;
    }

    private static boolean due(Object readAt, Instant now) {
        if (readAt == null) {
            return true;
        }
        try {
            return !Instant.parse(readAt.toString()).plus(REREAD_AFTER).isAfter(now);
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    private String key(String userId) {
        return prefix + userId;
    }
}
