package jp.miyazaki.kyodo.catalog;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.miyazaki.kyodo.shared.CityTime;

/**
 * Searches the catalog. Filters (category, district, kind, dates) are strict, only opportunities that have not
 * started yet are offered, and results are ranked by how many of the needs asked for they meet, then by keyword
 * score (title words weigh more), then soonest first.
 */
public class CatalogSearch {
    /** How far ahead a search without an end date looks. */
    private static final int HORIZON_DAYS = 366;

    private final CatalogRepository repository;
    private final SearchTerms searchTerms;
    private final NameMatcher names;
    private final EnglishTerms english = new EnglishTerms();

    public CatalogSearch(CatalogRepository repository, SearchTerms searchTerms, NameMatcher names) {
        this.repository = repository;
        this.searchTerms = searchTerms;
        this.names = names;
    }

    public List<OpportunityMatch> opportunities(OpportunityQuery query, ZonedDateTime now) {
        Optional<Window> window = window(query, now);
        if (window.isEmpty()) {
            return List.of();
        }
        List<Opportunity> candidates = new ArrayList<>(repository.opportunitiesStartingBetween(window.get().from(),
                window.get().to()));
        Optional<Set<String>> allowed = allowedIds(query);
        allowed.ifPresent(ids -> candidates.removeIf(o -> !ids.contains(o.id())));

        Set<String> terms = searchTerms.of(query.keywords());
        Map<String, Double> scores = terms.isEmpty() ? Map.of() : repository.termScores(terms);
        Set<String> englishTerms = english.of(query.keywords());
        List<OpportunityMatch> matches = new ArrayList<>();
        for (Opportunity opportunity : candidates) {
            double score = scores.getOrDefault(opportunity.id(), 0.0) + englishScore(opportunity, englishTerms);
            if (terms.isEmpty() && englishTerms.isEmpty() || score > 0) {
                matches.add(new OpportunityMatch(opportunity, score));
            }
        }
        matches.sort(Comparator.comparingLong((OpportunityMatch m) -> needsMet(m.opportunity(), query)).reversed()
                .thenComparing(Comparator.comparingDouble(OpportunityMatch::keywordScore).reversed())
                .thenComparing(m -> m.opportunity().start())
                .thenComparing(m -> m.opportunity().id()));
        return matches;
    }

    /**
     * Whether {@link #opportunities} would find anything for these keywords and no other condition, without reading
     * the opportunities themselves: only their ids by date and the keywords' term scores.
     */
    public boolean anyOpportunityWith(String keywords, ZonedDateTime now) {
        Set<String> terms = searchTerms.of(keywords);
        Optional<Window> window = window(OpportunityQuery.ANY, now);
        if (terms.isEmpty() || window.isEmpty()) {
            return !opportunities(OpportunityQuery.ANY.withKeywords(keywords), now).isEmpty();
        }
        Map<String, Double> scores = repository.termScores(terms);
        if (scores.values().stream().anyMatch(score -> score > 0) && repository.opportunityIdsStartingBetween(
                window.get().from(), window.get().to()).stream().anyMatch(id -> scores.getOrDefault(id, 0.0) > 0)) {
            return true;
        }
        // English words are looked for in staff's translations, which only the items themselves hold.
        Set<String> englishTerms = english.of(keywords);
        return !englishTerms.isEmpty() && repository.opportunitiesStartingBetween(window.get().from(),
                window.get().to()).stream().anyMatch(o -> englishScore(o, englishTerms) > 0);
    }

    /**
     * How well an opportunity's English text (staff's translation) meets English search words: as in the Japanese
     * index, title words weigh {@link CatalogRepository#TITLE_WEIGHT}, the description's, place's and organiser's one.
     */
    private double englishScore(Opportunity opportunity, Set<String> terms) {
        if (terms.isEmpty()) {
            return 0;
        }
        return opportunity.translations().in("en").map(text -> {
            Set<String> title = english.of(text.title());
            Set<String> rest = new HashSet<>(english.of(text.description()));
            rest.addAll(english.of(text.place()));
            rest.addAll(english.of(text.organiser()));
            return terms.stream().mapToDouble(term -> title.contains(term) ? CatalogRepository.TITLE_WEIGHT
                    : rest.contains(term) ? CatalogRepository.TEXT_WEIGHT : 0).sum();
        }).orElse(0.0);
    }

    /** The words of an item's English translation, for the grant and facility searches. */
    private Set<String> englishWords(Translations translations) {
        return translations.in("en").map(text -> {
            Set<String> words = new HashSet<>(english.of(text.title()));
            words.addAll(english.of(text.description()));
            return words;
        }).orElse(Set.of());
    }

    /** The start times a query looks at: from now (or its later first day) to its last day or the horizon. */
    private static Optional<Window> window(OpportunityQuery query, ZonedDateTime now) {
        OffsetDateTime nowTokyo = now.withZoneSameInstant(CityTime.ZONE).toOffsetDateTime();
        OffsetDateTime from = query.from()
                .map(day -> day.atStartOfDay(CityTime.ZONE).toOffsetDateTime())
                .filter(start -> start.isAfter(nowTokyo))
                .orElse(nowTokyo);
        OffsetDateTime to = query.to()
                .map(day -> day.atTime(LocalTime.MAX).atZone(CityTime.ZONE).toOffsetDateTime())
                .orElse(nowTokyo.plusDays(HORIZON_DAYS));
        return to.isBefore(from) ? Optional.empty() : Optional.of(new Window(from, to));
    }

    private record Window(OffsetDateTime from, OffsetDateTime to) {
    }

    /** Facilities within {@code radiusMetres} of {@code here}, nearest first, at most {@code limit}. */
    public List<Nearby<Facility>> facilitiesNear(GeoPoint here, double radiusMetres, int limit) {
        return Nearby.nearest(here, repository.listFacilities(), Facility::location, radiusMetres, limit);
    }

    /**
     * Opportunities that have not started yet (within the search horizon) and are held within {@code radiusMetres}
     * of {@code here}, nearest first and, at the same place, soonest first; at most {@code limit}.
     */
    public List<Nearby<Opportunity>> opportunitiesNear(GeoPoint here, ZonedDateTime now, double radiusMetres,
            int limit) {
        OffsetDateTime from = now.withZoneSameInstant(CityTime.ZONE).toOffsetDateTime();
        List<Opportunity> upcoming = repository.opportunitiesStartingBetween(from, from.plusDays(HORIZON_DAYS))
                .stream().filter(o -> o.start().isAfter(from)).toList();
        return Nearby.nearest(here, upcoming, Opportunity::location, radiusMetres, limit);
    }

    /** How many of the needs asked for the opportunity meets. */
    static long needsMet(Opportunity opportunity, OpportunityQuery query) {
        return query.needs().stream().filter(opportunity::has).count();
    }

    private Optional<Set<String>> allowedIds(OpportunityQuery query) {
        Set<String> ids = null;
        if (query.category().isPresent()) {
            ids = retain(ids, repository.opportunityIdsByCategory(query.category().get()));
        }
        if (!query.districts().isEmpty()) {
            Set<String> inArea = new HashSet<>();
            query.districts().forEach(d -> inArea.addAll(repository.opportunityIdsByDistrict(d)));
            ids = retain(ids, inArea);
        }
        if (query.kind().isPresent()) {
            ids = retain(ids, repository.opportunityIdsByKind(query.kind().get()));
        }
        return Optional.ofNullable(ids);
    }

    private static Set<String> retain(Set<String> sofar, Set<String> more) {
        if (sofar == null) {
            return new HashSet<>(more);
        }
        sofar.retainAll(more);
        return sofar;
    }

    /** The upcoming opportunity a citizen means by a half-remembered title, best matches first. */
    public List<NameMatcher.Scored<Opportunity>> opportunitiesNamed(String name, ZonedDateTime now) {
        List<Opportunity> upcoming = opportunities(OpportunityQuery.ANY, now).stream()
                .map(OpportunityMatch::opportunity).toList();
        // A title staff translated is known by both names; each opportunity counts once, by its better one.
        Map<Opportunity, NameMatcher.Scored<Opportunity>> best = new LinkedHashMap<>();
        names.rank(name, upcoming, Opportunity::title).forEach(scored -> best.put(scored.item(), scored));
        names.rank(name, upcoming.stream().filter(o -> o.translations().has("en", TranslatedText::title)).toList(),
                o -> o.translations().in("en").orElseThrow().title()).forEach(scored -> best.merge(scored.item(),
                        scored, (a, b) -> a.similarity() >= b.similarity() ? a : b));
        return best.values().stream()
                .sorted(Comparator.comparingDouble((NameMatcher.Scored<Opportunity> s) -> s.similarity()).reversed())
                .toList();
    }

    /**
     * Grants for a purpose or category: open ones first (nearest deadline first), then those not yet open, then
     * closed ones, so a passed deadline is never presented as open.
     */
    public List<Grant> grants(Optional<Category> category, String keywords, LocalDate today) {
        Set<String> inCategory = category.map(repository::grantIdsByCategory).orElse(null);
        Set<String> terms = searchTerms.of(keywords);
        Set<String> englishTerms = english.of(keywords);
        List<Grant> found = new ArrayList<>();
        for (Grant grant : repository.listGrants()) {
            if (inCategory != null && !inCategory.contains(grant.id())) {
                continue;
            }
            if (!terms.isEmpty()) {
                Set<String> grantTerms = searchTerms.of(grant.name() + " " + grant.purpose());
                Set<String> grantEnglish = englishWords(grant.translations());
                if (terms.stream().noneMatch(grantTerms::contains)
                        && englishTerms.stream().noneMatch(grantEnglish::contains)) {
                    continue;
                }
            }
            found.add(grant);
        }
        found.sort(Comparator.comparing((Grant g) -> g.statusOn(today).ordinal())
                .thenComparing(Grant::deadline));
        return found;
    }

    /** Grants that can still be applied for (open or opening later), nearest deadline first. */
    public List<Grant> grantDeadlines(LocalDate today) {
        return repository.listGrants().stream()
                .filter(grant -> grant.statusOn(today) != GrantStatus.CLOSED)
                .sorted(Comparator.comparing(Grant::deadline))
                .toList();
    }

    public Optional<Grant> grantNamed(String name) {
        return names.best(name, repository.listGrants(), Grant::name);
    }

    public Optional<Facility> facilityNamed(String name) {
        return names.best(name, repository.listFacilities(), Facility::name);
    }

    /** Facilities in any of the districts (all when none) and/or of a kind (a kind matches when it contains the word, e.g. 公民館). */
    public List<Facility> facilities(List<String> districts, Optional<String> kind, String keywords) {
        List<Facility> found = new ArrayList<>();
        if (districts.isEmpty()) {
            found.addAll(repository.listFacilities());
        } else {
            districts.forEach(d -> found.addAll(repository.facilitiesByDistrict(d)));
        }
        kind.ifPresent(k -> found.removeIf(f -> !f.kind().contains(k) && !f.name().contains(k)));
        Set<String> terms = searchTerms.of(keywords);
        Set<String> englishTerms = english.of(keywords);
        if (!terms.isEmpty()) {
            found.removeIf(f -> {
                Set<String> facilityTerms = searchTerms.of(String.join(" ", f.name(), f.kind(),
                        String.join(" ", f.rooms()), String.join(" ", f.equipment())));
                Set<String> facilityEnglish = englishWords(f.translations());
                return terms.stream().noneMatch(facilityTerms::contains)
                        && englishTerms.stream().noneMatch(facilityEnglish::contains);
            });
        }
        return found;
    }
}
