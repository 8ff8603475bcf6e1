package jp.miyazaki.kyodo.catalog;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;

import tools.jackson.databind.json.JsonMapper;
import jp.miyazaki.kyodo.shared.RedisKeys;
import jp.miyazaki.kyodo.shared.VersionCounter;

/**
 * Opportunities, grants and facilities in Redis: one JSON string per item, plus sorted sets by date and sets per
 * category, district and kind that search intersects, and a sorted set per search term (weight as score).
 * <pre>
 * {p}catalog:opportunity:{id}                 JSON
 * {p}catalog:opportunities                    ZSET id → start (epoch seconds)
 * {p}catalog:opportunities:category:{cat}     SET ids      (also :district:{name}, :kind:{kind})
 * {p}catalog:term:{baseForm}                  ZSET id → weight (title words weigh more)
 * {p}catalog:grant:{id}                       JSON
 * {p}catalog:grants                           ZSET id → deadline (epoch day)
 * {p}catalog:grants:category:{cat}            SET ids
 * {p}catalog:facility:{id}                    JSON
 * {p}catalog:facilities                       SET ids      (also :district:{name}, :kind:{kind})
 * {p}catalog-version                          counter raised by every write
 * </pre>
 */
public class CatalogRepository {

    static final double TITLE_WEIGHT = 3;
    static final double TEXT_WEIGHT = 1;
    /** How many parsed items of one type are kept (a few catalogs' worth); past that they are parsed afresh. */
    private static final int PARSED_KEPT = 2_048;

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final RedisKeys keys;
    private final SearchTerms searchTerms;
    private final VersionCounter version;
    private final Map<Class<?>, Map<String, Object>> parsed = new ConcurrentHashMap<>();

    public CatalogRepository(StringRedisTemplate redis, JsonMapper json, RedisKeys keys,
            SearchTerms searchTerms) {
        this.redis = redis;
        this.json = json;
        this.keys = keys;
        // Outside catalog:*, which holds only the items and their indexes.
        this.version = new VersionCounter(redis, keys.key("catalog-version"));
        this.searchTerms = searchTerms;
    }

    public boolean isEmpty() {
        return size(keys.key("catalog", "opportunities")) == 0 && size(keys.key("catalog", "grants")) == 0
                && Objects.requireNonNullElse(redis.opsForSet().size(keys.key("catalog", "facilities")), 0L) == 0;
    }

    // --- opportunities ---

    public void save(Opportunity opportunity) {
        findOpportunity(opportunity.id()).ifPresent(this::unindex);
        redis.opsForValue().set(opportunityKey(opportunity.id()), json.writeValueAsString(opportunity));
        redis.opsForZSet().add(keys.key("catalog", "opportunities"), opportunity.id(),
                opportunity.start().toEpochSecond());
        redis.opsForSet().add(keys.key("catalog", "opportunities", "category", opportunity.category().id()),
                opportunity.id());
        redis.opsForSet().add(keys.key("catalog", "opportunities", "kind", opportunity.kind().id()),
                opportunity.id());
        if (opportunity.district() != null) {
            redis.opsForSet().add(keys.key("catalog", "opportunities", "district", opportunity.district()),
                    opportunity.id());
        }
        weighedTerms(opportunity).forEach((term, weight) ->
                redis.opsForZSet().add(keys.key("catalog", "term", term), opportunity.id(), weight));
        changed();
    }

    public Optional<Opportunity> findOpportunity(String id) {
        return Optional.ofNullable(redis.opsForValue().get(opportunityKey(id)))
                .map(text -> parsed(text, Opportunity.class));
    }

    /** Every opportunity, soonest first. */
    public List<Opportunity> listOpportunities() {
        Set<String> ids = redis.opsForZSet().range(keys.key("catalog", "opportunities"), 0, -1);
        return opportunities(ids == null ? List.of() : ids);
    }

    /** Opportunities starting in [from, to], soonest first. */
    public List<Opportunity> opportunitiesStartingBetween(OffsetDateTime from, OffsetDateTime to) {
        return opportunities(opportunityIdsStartingBetween(from, to));
    }

    /** The ids of the opportunities starting in [from, to], soonest first, without reading them. */
    public Set<String> opportunityIdsStartingBetween(OffsetDateTime from, OffsetDateTime to) {
        Set<String> ids = redis.opsForZSet().rangeByScore(keys.key("catalog", "opportunities"),
                from.toEpochSecond(), to.toEpochSecond());
        return ids == null ? Set.of() : ids;
    }

    public Set<String> opportunityIdsByCategory(Category category) {
        return members(keys.key("catalog", "opportunities", "category", category.id()));
    }

    public Set<String> opportunityIdsByDistrict(String district) {
        return members(keys.key("catalog", "opportunities", "district", district));
    }

    public Set<String> opportunityIdsByKind(OpportunityKind kind) {
        return members(keys.key("catalog", "opportunities", "kind", kind.id()));
    }

    /** For each opportunity that contains any of the terms, the summed weight of the terms it contains. */
    public Map<String, Double> termScores(Collection<String> terms) {
        Map<String, Double> scores = new HashMap<>();
        for (String term : terms) {
            Set<TypedTuple<String>> hits = redis.opsForZSet().rangeWithScores(keys.key("catalog", "term", term), 0, -1);
            if (hits != null) {
                hits.forEach(hit -> scores.merge(hit.getValue(), Objects.requireNonNullElse(hit.getScore(), 0.0),
                        Double::sum));
            }
        }
        return scores;
    }

    public boolean deleteOpportunity(String id) {
        Optional<Opportunity> existing = findOpportunity(id);
        existing.ifPresent(this::unindex);
        boolean deleted = Boolean.TRUE.equals(redis.delete(opportunityKey(id)));
        changed();
        return deleted;
    }

    private void unindex(Opportunity opportunity) {
        redis.opsForZSet().remove(keys.key("catalog", "opportunities"), opportunity.id());
        redis.opsForSet().remove(keys.key("catalog", "opportunities", "category", opportunity.category().id()),
                opportunity.id());
        redis.opsForSet().remove(keys.key("catalog", "opportunities", "kind", opportunity.kind().id()),
                opportunity.id());
        if (opportunity.district() != null) {
            redis.opsForSet().remove(keys.key("catalog", "opportunities", "district", opportunity.district()),
                    opportunity.id());
        }
        weighedTerms(opportunity).keySet().forEach(term ->
                redis.opsForZSet().remove(keys.key("catalog", "term", term), opportunity.id()));
    }

    private Map<String, Double> weighedTerms(Opportunity opportunity) {
        Map<String, Double> weights = new HashMap<>();
        // Kind, category and district words are indexed too, so 「ボランティアを探しています」 finds volunteering.
        String text = String.join(" ", opportunity.description(), Objects.toString(opportunity.place(), ""),
                Objects.toString(opportunity.organiser(), ""), opportunity.kind().label(),
                opportunity.category().label(), Objects.toString(opportunity.district(), ""));
        searchTerms.of(text).forEach(term -> weights.merge(term, TEXT_WEIGHT, Math::max));
        searchTerms.of(opportunity.title()).forEach(term -> weights.merge(term, TITLE_WEIGHT, Math::max));
        return weights;
    }

    private List<Opportunity> opportunities(Collection<String> ids) {
        return values(ids.stream().map(this::opportunityKey).toList(), Opportunity.class);
    }

    private String opportunityKey(String id) {
        return keys.key("catalog", "opportunity", id);
    }

    // --- grants ---

    public void save(Grant grant) {
        findGrant(grant.id()).ifPresent(this::unindex);
        redis.opsForValue().set(keys.key("catalog", "grant", grant.id()), json.writeValueAsString(grant));
        redis.opsForZSet().add(keys.key("catalog", "grants"), grant.id(), grant.deadline().toEpochDay());
        grant.categories().forEach(category ->
                redis.opsForSet().add(keys.key("catalog", "grants", "category", category.id()), grant.id()));
        changed();
    }

    public Optional<Grant> findGrant(String id) {
        return Optional.ofNullable(redis.opsForValue().get(keys.key("catalog", "grant", id)))
                .map(text -> parsed(text, Grant.class));
    }

    /** Every grant, nearest deadline first. */
    public List<Grant> listGrants() {
        Set<String> ids = redis.opsForZSet().range(keys.key("catalog", "grants"), 0, -1);
        return values((ids == null ? Set.<String>of() : ids).stream()
                .map(id -> keys.key("catalog", "grant", id)).toList(), Grant.class);
    }

    public Set<String> grantIdsByCategory(Category category) {
        return members(keys.key("catalog", "grants", "category", category.id()));
    }

    public boolean deleteGrant(String id) {
        findGrant(id).ifPresent(this::unindex);
        boolean deleted = Boolean.TRUE.equals(redis.delete(keys.key("catalog", "grant", id)));
        changed();
        return deleted;
    }

    private void unindex(Grant grant) {
        redis.opsForZSet().remove(keys.key("catalog", "grants"), grant.id());
        grant.categories().forEach(category ->
                redis.opsForSet().remove(keys.key("catalog", "grants", "category", category.id()), grant.id()));
    }

    // --- facilities ---

    public void save(Facility facility) {
        findFacility(facility.id()).ifPresent(this::unindex);
        redis.opsForValue().set(keys.key("catalog", "facility", facility.id()), json.writeValueAsString(facility));
        redis.opsForSet().add(keys.key("catalog", "facilities"), facility.id());
        redis.opsForSet().add(keys.key("catalog", "facilities", "kind", facility.kind()), facility.id());
        if (facility.district() != null) {
            redis.opsForSet().add(keys.key("catalog", "facilities", "district", facility.district()), facility.id());
        }
        changed();
    }

    public Optional<Facility> findFacility(String id) {
        return Optional.ofNullable(redis.opsForValue().get(keys.key("catalog", "facility", id)))
                .map(text -> parsed(text, Facility.class));
    }

    /** Every facility, by id. */
    public List<Facility> listFacilities() {
        return facilities(members(keys.key("catalog", "facilities")));
    }

    public List<Facility> facilitiesByDistrict(String district) {
        return facilities(members(keys.key("catalog", "facilities", "district", district)));
    }

    public List<Facility> facilitiesByKind(String kind) {
        return facilities(members(keys.key("catalog", "facilities", "kind", kind)));
    }

    public boolean deleteFacility(String id) {
        findFacility(id).ifPresent(this::unindex);
        boolean deleted = Boolean.TRUE.equals(redis.delete(keys.key("catalog", "facility", id)));
        changed();
        return deleted;
    }

    private void unindex(Facility facility) {
        redis.opsForSet().remove(keys.key("catalog", "facilities"), facility.id());
        redis.opsForSet().remove(keys.key("catalog", "facilities", "kind", facility.kind()), facility.id());
        if (facility.district() != null) {
            redis.opsForSet().remove(keys.key("catalog", "facilities", "district", facility.district()),
                    facility.id());
        }
    }

    private List<Facility> facilities(Collection<String> ids) {
        List<Facility> facilities = new ArrayList<>(values(ids.stream()
                .map(id -> keys.key("catalog", "facility", id)).toList(), Facility.class));
        facilities.sort(Comparator.comparing(Facility::id));
        return facilities;
    }

    // --- shared ---

    /** The catalog's version, raised by every write: instances compare it to learn that names changed elsewhere. */
    public long version() {
        return version.current();
    }

    private void changed() {
        version.raise();
    }

    private <T> List<T> values(List<String> valueKeys, Class<T> type) {
        if (valueKeys.isEmpty()) {
            return List.of();
        }
        List<String> texts = redis.opsForValue().multiGet(valueKeys);
        if (texts == null) {
            return List.of();
        }
        return texts.stream().filter(Objects::nonNull).map(text -> parsed(text, type)).toList();
    }

    /**
     * The item a stored JSON text holds. Every search reads all upcoming opportunities, so an unchanged item is
     * parsed once, not at every turn: the items are immutable records, and a changed item has another text.
     */
    private <T> T parsed(String text, Class<T> type) {
        Map<String, Object> known = parsed.computeIfAbsent(type, t -> new ConcurrentHashMap<>());
        Object item = known.get(text);
        if (item == null) {
            if (known.size() >= PARSED_KEPT) {
                known.clear();
            }
            item = json.readValue(text, type);
            known.put(text, item);
        }
        return type.cast(item);
    }

    private Set<String> members(String key) {
        Set<String> members = redis.opsForSet().members(key);
        return members == null ? Set.of() : members;
    }

    private long size(String zsetKey) {
        return Objects.requireNonNullElse(redis.opsForZSet().zCard(zsetKey), 0L);
    }
}
