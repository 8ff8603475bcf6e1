package jp.miyazaki.kyodo.signup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

import jp.miyazaki.kyodo.catalog.Availability;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.DisplayText;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.catalog.SignedUpCitizens;
import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.shared.RedisKeys;

/**
 * The sign-ups of every opportunity. Places are counted and taken inside Redis by one Lua script, so concurrent
 * requests for the last place never overbook; cancelling runs another script that frees the places and moves
 * people up from the waitlist in the same step. The keys of one opportunity share the hash tag
 * <code>{opportunityId}</code>, so the scripts also run on Redis Cluster; the user's own index is kept outside
 * them (the entry hash is the truth, the index only finds it).
 * <pre>
 * {p}signup:{opportunityId}:entry:{userId}   HASH ref, name, contact, people, at (epoch ms)
 * {p}signup:seq                              counter for references (S00042)
 * {p}signup:{opportunityId}:taken            people holding a confirmed place
 * {p}signup:{opportunityId}:confirmed        ZSET userId → signed-up time
 * {p}signup:{opportunityId}:waitlist         ZSET userId → signed-up time (first come, first served)
 * {p}signup:user:{userId}                    SET opportunity ids the user signed up for
 * </pre>
 */
public class SignUps implements Availability, SignedUpCitizens {

    private static final RedisScript<String> TAKE_PLACE =
            RedisScript.of(new ClassPathResource("signup/take-place.lua"), String.class);
    @SuppressWarnings("rawtypes")
    private static final DefaultRedisScript<List> CANCEL = new DefaultRedisScript<>();

    static {
        CANCEL.setLocation(new ClassPathResource("signup/cancel.lua"));
        CANCEL.setResultType(List.class);
    }

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final CatalogRepository catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Wording wording;

    public SignUps(StringRedisTemplate redis, RedisKeys keys, CatalogRepository catalog,
            ApplicationEventPublisher events, Clock clock, Wording wording) {
        this.redis = redis;
        this.keys = keys;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
        this.wording = wording;
    }

    /**
     * Signs a user up. When the opportunity is full the answer is {@code FULL}, unless {@code joinWaitlist}, in
     * which case they are put on the waitlist.
     */
    public SignUpOutcome signUp(String opportunityId, String userId, String name, String contact, int people,
            boolean joinWaitlist) {
        if (people < 1) {
            throw new IllegalArgumentException("at least one person signs up");
        }
        Optional<Opportunity> found = catalog.findOpportunity(opportunityId);
        if (found.isEmpty()) {
            return SignUpOutcome.of(SignUpOutcome.Kind.NOT_FOUND);
        }
        Opportunity opportunity = found.get();
        Instant now = clock.instant();
        if (!opportunity.start().toInstant().isAfter(now)) {
            return SignUpOutcome.of(SignUpOutcome.Kind.CLOSED);
        }
        long number = Objects.requireNonNull(redis.opsForValue().increment(keys.key("signup", "seq")));
        String reference = "S%05d".formatted(number);
        String answer = redis.execute(TAKE_PLACE, scriptKeys(opportunityId, userId),
                String.valueOf(opportunity.capacity()), String.valueOf(people), userId,
                String.valueOf(now.toEpochMilli()), name, contact, opportunityId, joinWaitlist ? "1" : "0",
                reference);
        SignUpOutcome.Kind kind = SignUpOutcome.Kind.valueOf(Objects.requireNonNull(answer).toUpperCase());
        if (kind == SignUpOutcome.Kind.CONFIRMED || kind == SignUpOutcome.Kind.WAITLISTED) {
            redis.opsForSet().add(userKey(userId), opportunityId);
            SignUpStatus status = kind == SignUpOutcome.Kind.CONFIRMED
                    ? SignUpStatus.CONFIRMED : SignUpStatus.WAITLISTED;
            return new SignUpOutcome(kind, Optional.of(
                    new SignUp(reference, opportunityId, userId, name, contact, people, status, now)));
        }
        return SignUpOutcome.of(kind);
    }

    /**
     * Cancels a user's sign-up, frees their places and moves people up from the waitlist; publishes
     * {@link WaitlistPromoted} when someone moved up.
     */
    public Cancellation cancel(String opportunityId, String userId) {
        Optional<Opportunity> opportunity = catalog.findOpportunity(opportunityId);
        int capacity = opportunity.map(Opportunity::capacity).orElse(0);
        List<?> answer = redis.execute(CANCEL, scriptKeys(opportunityId, userId), userId, opportunityId,
                String.valueOf(capacity), entryKey(opportunityId, ""));
        if (answer == null || answer.isEmpty() || "none".equals(answer.get(0))) {
            return new Cancellation(false, List.of());
        }
        redis.opsForSet().remove(userKey(userId), opportunityId);
        List<String> promoted = answer.subList(1, answer.size()).stream().map(String::valueOf).toList();
        if (!promoted.isEmpty()) {
            Map<String, String> messages = new LinkedHashMap<>();
            CitizenLanguage.ANSWERED.forEach(language -> messages.put(language,
                    promotedText(wording.in(language), opportunity)));
            events.publishEvent(new WaitlistPromoted(opportunityId, promoted, messages));
        }
        return new Cancellation(true, promoted);
    }

    /** The news for someone moved up from the waitlist, in the wording's language. */
    private static String promotedText(Wording wording, Optional<Opportunity> opportunity) {
        String activity = opportunity.map(o -> wording.text("signup.promoted-activity", Map.of("title", o.title(),
                "when", DisplayText.when(wording, o)))).orElseGet(() -> wording.text("signup.promoted-unknown-activity"));
        return wording.text("signup.promoted", Map.of("activity", activity));
    }

    /**
     * Removes the names and contacts of everyone signed up to an opportunity (the retention rule for finished
     * activities), keeping references, places and counts. Returns how many entries held such data.
     */
    public int forgetContacts(String opportunityId) {
        int forgotten = 0;
        for (SignUp signUp : ofOpportunity(opportunityId)) {
            Long removed = redis.opsForHash().delete(entryKey(opportunityId, signUp.userId()), "name", "contact");
            forgotten += removed != null && removed > 0 ? 1 : 0;
        }
        return forgotten;
    }

    public Optional<SignUp> find(String opportunityId, String userId) {
        Map<Object, Object> entry = redis.opsForHash().entries(entryKey(opportunityId, userId));
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        boolean confirmed = redis.opsForZSet().score(opportunityKey(opportunityId, "confirmed"), userId) != null;
        return Optional.of(new SignUp((String) entry.get("ref"), opportunityId, userId, (String) entry.get("name"),
                (String) entry.get("contact"), Integer.parseInt((String) entry.get("people")),
                confirmed ? SignUpStatus.CONFIRMED : SignUpStatus.WAITLISTED,
                Instant.ofEpochMilli(Long.parseLong((String) entry.get("at")))));
    }

    /** A user's sign-ups, in the order they were made. */
    public List<SignUp> ofUser(String userId) {
        Set<String> opportunityIds = redis.opsForSet().members(userKey(userId));
        List<SignUp> signUps = new ArrayList<>();
        for (String opportunityId : opportunityIds == null ? Set.<String>of() : opportunityIds) {
            find(opportunityId, userId).ifPresent(signUps::add);
        }
        signUps.sort(Comparator.comparing(SignUp::signedUpAt));
        return signUps;
    }

    /** The user's sign-up with this reference (or for this opportunity id). */
    public Optional<SignUp> ofUser(String userId, String referenceOrOpportunityId) {
        return ofUser(userId).stream().filter(s -> referenceOrOpportunityId.equalsIgnoreCase(s.reference())
                || referenceOrOpportunityId.equals(s.opportunityId())).findFirst();
    }

    /** Everyone signed up for an opportunity, for staff: confirmed first, then the waitlist in order. */
    public List<SignUp> ofOpportunity(String opportunityId) {
        List<SignUp> signUps = new ArrayList<>();
        for (String list : List.of("confirmed", "waitlist")) {
            Set<String> userIds = redis.opsForZSet().range(opportunityKey(opportunityId, list), 0, -1);
            for (String userId : userIds == null ? Set.<String>of() : userIds) {
                find(opportunityId, userId).ifPresent(signUps::add);
            }
        }
        return signUps;
    }

    @Override
    public List<String> citizensOf(String opportunityId) {
        return ofOpportunity(opportunityId).stream().map(SignUp::userId).toList();
    }

    @Override
    public void release(String opportunityId, String userId) {
        cancel(opportunityId, userId);
    }

    /** How many sign-ups (confirmed and waiting) an opportunity has, so staff never drop them unknowingly. */
    @Override
    public long count(String opportunityId) {
        return size(opportunityKey(opportunityId, "confirmed")) + size(opportunityKey(opportunityId, "waitlist"));
    }

    @Override
    public long confirmed(String opportunityId) {
        return size(opportunityKey(opportunityId, "confirmed"));
    }

    private long size(String key) {
        return Objects.requireNonNullElse(redis.opsForZSet().zCard(key), 0L);
    }

    /** People holding a confirmed place. */
    @Override
    public int taken(String opportunityId) {
        String taken = redis.opsForValue().get(opportunityKey(opportunityId, "taken"));
        return taken == null ? 0 : Integer.parseInt(taken);
    }

    @Override
    public int spacesLeft(Opportunity opportunity) {
        return Math.max(0, opportunity.capacity() - taken(opportunity.id()));
    }

    private List<String> scriptKeys(String opportunityId, String userId) {
        return List.of(entryKey(opportunityId, userId),
                opportunityKey(opportunityId, "taken"),
                opportunityKey(opportunityId, "confirmed"),
                opportunityKey(opportunityId, "waitlist"));
    }

    private String opportunityKey(String opportunityId, String part) {
        return keys.key("signup", "{" + opportunityId + "}", part);
    }

    private String entryKey(String opportunityId, String userId) {
        return keys.key("signup", "{" + opportunityId + "}", "entry", userId);
    }

    private String userKey(String userId) {
        return keys.key("signup", "user", userId);
    }
}
