package jp.miyazaki.kyodo.subscription;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.shared.RedisKeys;
import tools.jackson.databind.json.JsonMapper;

/**
 * Profiles and subscriptions in Redis, with sets per followed category and district so a segment's recipients
 * are found without reading every subscription.
 * <pre>
 * {p}subscription:{userId}             JSON Subscription
 * {p}profile:{userId}                  JSON Profile
 * {p}subscription:audience             SET users who accepted notices and still follow the account
 * {p}subscription:category:{cat}       SET users following the category
 * {p}subscription:category-any         SET users following no category in particular (= all)
 * {p}subscription:district:{name}      SET users following the district
 * {p}subscription:district-any         SET users following no district in particular (= all)
 * </pre>
 */
public class Subscriptions {

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final RedisKeys keys;
    private final Clock clock;

    public Subscriptions(StringRedisTemplate redis, JsonMapper json, RedisKeys keys, Clock clock) {
        this.redis = redis;
        this.json = json;
        this.keys = keys;
        this.clock = clock;
    }

    public Optional<Subscription> find(String userId) {
        return Optional.ofNullable(redis.opsForValue().get(keys.key("subscription", userId)))
                .map(text -> json.readValue(text, Subscription.class));
    }

    public Subscription current(String userId) {
        return find(userId).orElseGet(() -> Subscription.none(clock.instant()));
    }

    /** Accepts notices and adds categories and districts to what the citizen follows. */
    public Subscription follow(String userId, Collection<Category> categories, Collection<String> districts) {
        Subscription now = current(userId);
        Set<Category> allCategories = new LinkedHashSet<>(now.categories());
        allCategories.addAll(categories);
        Set<String> allDistricts = new LinkedHashSet<>(now.districts());
        allDistricts.addAll(districts);
        return save(userId, new Subscription(true, List.copyOf(allCategories), List.copyOf(allDistricts),
                now.active(), clock.instant()));
    }

    /** Replaces what the citizen follows (empty = everything) and accepts notices. */
    public Subscription change(String userId, Collection<Category> categories, Collection<String> districts) {
        return save(userId, new Subscription(true, List.copyOf(categories), List.copyOf(districts),
                current(userId).active(), clock.instant()));
    }

    /** Stops all notices: consent withdrawn and nothing followed. */
    public Subscription stop(String userId) {
        return save(userId, new Subscription(false, List.of(), List.of(), current(userId).active(),
                clock.instant()));
    }

    /** The citizen blocked the account: keep their choices but send them nothing. */
    public void deactivate(String userId) {
        find(userId).ifPresent(s -> save(userId, new Subscription(s.noticesAccepted(), s.categories(),
                s.districts(), false, clock.instant())));
    }

    /** The citizen followed the account (again): their earlier choices apply again. */
    public void activate(String userId) {
        find(userId).ifPresent(s -> save(userId, new Subscription(s.noticesAccepted(), s.categories(),
                s.districts(), true, clock.instant())));
    }

    /** Everyone a notice for the segment reaches: accepted notices, still following, interests overlapping. */
    public Set<String> recipients(Segment segment) {
        Set<String> recipients = new HashSet<>(members(keys.key("subscription", "audience")));
        if (!segment.categories().isEmpty()) {
            Set<String> interested = new HashSet<>(members(keys.key("subscription", "category-any")));
            segment.categories().forEach(c -> interested.addAll(members(keys.key("subscription", "category",
                    c.id()))));
            recipients.retainAll(interested);
        }
        if (!segment.districts().isEmpty()) {
            Set<String> interested = new HashSet<>(members(keys.key("subscription", "district-any")));
            segment.districts().forEach(d -> interested.addAll(members(keys.key("subscription", "district", d))));
            recipients.retainAll(interested);
        }
        return recipients;
    }

    public Profile register(String userId, String district, Collection<Category> topics) {
        Profile profile = new Profile(district, new ArrayList<>(topics), clock.instant());
        redis.opsForValue().set(keys.key("profile", userId), json.writeValueAsString(profile));
        return profile;
    }

    public Optional<Profile> profile(String userId) {
        return Optional.ofNullable(redis.opsForValue().get(keys.key("profile", userId)))
                .map(text -> json.readValue(text, Profile.class));
    }

    /** Removes the profile, the subscription and the user from every index. */
    public void forget(String userId) {
        find(userId).ifPresent(s -> unindex(userId, s));
        redis.delete(List.of(keys.key("subscription", userId), keys.key("profile", userId)));
    }

    private Subscription save(String userId, Subscription subscription) {
        find(userId).ifPresent(old -> unindex(userId, old));
        redis.opsForValue().set(keys.key("subscription", userId), json.writeValueAsString(subscription));
        if (subscription.noticesAccepted() && subscription.active()) {
            redis.opsForSet().add(keys.key("subscription", "audience"), userId);
        }
        if (subscription.categories().isEmpty()) {
            redis.opsForSet().add(keys.key("subscription", "category-any"), userId);
        }
        subscription.categories().forEach(c ->
                redis.opsForSet().add(keys.key("subscription", "category", c.id()), userId));
        if (subscription.districts().isEmpty()) {
            redis.opsForSet().add(keys.key("subscription", "district-any"), userId);
        }
        subscription.districts().forEach(d ->
                redis.opsForSet().add(keys.key("subscription", "district", d), userId));
        return subscription;
    }

    private void unindex(String userId, Subscription subscription) {
        redis.opsForSet().remove(keys.key("subscription", "audience"), userId);
        redis.opsForSet().remove(keys.key("subscription", "category-any"), userId);
        redis.opsForSet().remove(keys.key("subscription", "district-any"), userId);
        subscription.categories().forEach(c ->
                redis.opsForSet().remove(keys.key("subscription", "category", c.id()), userId));
        subscription.districts().forEach(d ->
                redis.opsForSet().remove(keys.key("subscription", "district", d), userId));
    }

    private Set<String> members(String key) {
        Set<String> members = redis.opsForSet().members(key);
        return members == null ? Set.of() : members;
    }
}
