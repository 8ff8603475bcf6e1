package jp.miyazaki.kyodo.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a citizen is looking for; an empty part does not filter, several districts mean any of them. Dates are
 * inclusive days in Asia/Tokyo. {@code needs} do not filter: the opportunities that meet them come first.
 */
public record OpportunityQuery(
        Optional<Category> category,
        List<String> districts,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Optional<OpportunityKind> kind,
        String keywords,
        Set<OpportunityAttribute> needs) {

    public static final OpportunityQuery ANY = new OpportunityQuery(Optional.empty(), List.of(),
            Optional.empty(), Optional.empty(), Optional.empty(), "");

    public OpportunityQuery {
        keywords = keywords == null ? "" : keywords.strip();
        districts = List.copyOf(districts);
        needs = needs == null ? Set.of() : Set.copyOf(needs);
    }

    /** A query without needs. */
    public OpportunityQuery(Optional<Category> category, List<String> districts, Optional<LocalDate> from,
            Optional<LocalDate> to, Optional<OpportunityKind> kind, String keywords) {
        this(category, districts, from, to, kind, keywords, Set.of());
    }

    public OpportunityQuery withCategory(Category value) {
        return new OpportunityQuery(Optional.of(value), districts, from, to, kind, keywords, needs);
    }

    public OpportunityQuery withDistrict(String value) {
        return new OpportunityQuery(category, value == null ? List.of() : List.of(value), from, to, kind, keywords,
                needs);
    }

    public OpportunityQuery withDates(LocalDate first, LocalDate last) {
        return new OpportunityQuery(category, districts, Optional.ofNullable(first), Optional.ofNullable(last), kind,
                keywords, needs);
    }

    public OpportunityQuery withKind(OpportunityKind value) {
        return new OpportunityQuery(category, districts, from, to, Optional.of(value), keywords, needs);
    }

    public OpportunityQuery withKeywords(String value) {
        return new OpportunityQuery(category, districts, from, to, kind, value, needs);
    }

    public OpportunityQuery withNeeds(Set<OpportunityAttribute> value) {
        return new OpportunityQuery(category, districts, from, to, kind, keywords, value);
    }
}
