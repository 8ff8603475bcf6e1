package jp.miyazaki.kyodo.catalog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Existing opportunities that look like a new or edited one, so staff can connect groups doing the same thing
 * instead of duplicating work. Likeness combines the same category, the same district and the cosine of the
 * Kuromoji content words of title (weighing double), description and place. Ended activities are included.
 * Only candidates sharing at least one word, and scoring at least {@link #THRESHOLD}, are shown: an unrelated
 * activity in the same category and district shares no words and stays out.
 */
public class SimilarOpportunities {

    static final double THRESHOLD = 0.35;
    private static final double WORDS = 0.6;
    private static final double SAME_CATEGORY = 0.25;
    private static final double SAME_DISTRICT = 0.15;
    private static final double TITLE_WEIGHT = 2;
    private static final double TEXT_WEIGHT = 1;

    private final CatalogRepository repository;
    private final SearchTerms searchTerms;
    private final Clock clock;

    public SimilarOpportunities(CatalogRepository repository, SearchTerms searchTerms, Clock clock) {
        this.repository = repository;
        this.searchTerms = searchTerms;
        this.clock = clock;
    }

    /** The {@code limit} most alike opportunities other than {@code candidate} itself, most alike first. */
    public List<SimilarOpportunity> similarTo(Opportunity candidate, int limit) {
        Map<String, Double> words = weighedWords(candidate);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        // The term index narrows the catalog to opportunities sharing a word before each is compared in full.
        Set<String> ids = new HashSet<>(repository.termScores(words.keySet()).keySet());
        ids.remove(candidate.id());
        List<SimilarOpportunity> similar = new ArrayList<>();
        for (String id : ids) {
            Optional<Opportunity> other = repository.findOpportunity(id);
            other.flatMap(existing -> compare(candidate, words, existing)).ifPresent(similar::add);
        }
        similar.sort(Comparator.comparingDouble(SimilarOpportunity::score).reversed()
                .thenComparing(match -> match.opportunity().start()));
        return similar.size() > limit ? List.copyOf(similar.subList(0, limit)) : List.copyOf(similar);
    }

    /** Whether an opportunity has ended by now; staff see past matches marked. */
    public boolean hasEnded(Opportunity opportunity) {
        return opportunity.end().isBefore(OffsetDateTime.now(clock));
    }

    private Optional<SimilarOpportunity> compare(Opportunity candidate, Map<String, Double> words,
            Opportunity existing) {
        Map<String, Double> theirs = weighedWords(existing);
        List<String> shared = words.keySet().stream().filter(theirs::containsKey).toList();
        if (shared.isEmpty()) {
            return Optional.empty();
        }
        double dot = shared.stream().mapToDouble(word -> words.get(word) * theirs.get(word)).sum();
        double cosine = dot / (norm(words) * norm(theirs));
        double score = WORDS * cosine
                + (candidate.category() == existing.category() ? SAME_CATEGORY : 0)
                + (candidate.district() != null && Objects.equals(candidate.district(), existing.district())
                        ? SAME_DISTRICT : 0);
        return score < THRESHOLD ? Optional.empty()
                : Optional.of(new SimilarOpportunity(existing, Math.min(1, score), shared));
    }

    private Map<String, Double> weighedWords(Opportunity opportunity) {
        Map<String, Double> weights = new LinkedHashMap<>();
        searchTerms.of(opportunity.title()).forEach(term -> weights.put(term, TITLE_WEIGHT));
        searchTerms.of(opportunity.description() + " " + Objects.toString(opportunity.place(), ""))
                .forEach(term -> weights.putIfAbsent(term, TEXT_WEIGHT));
        return weights;
    }

    private static double norm(Map<String, Double> weights) {
        return Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
    }
}
