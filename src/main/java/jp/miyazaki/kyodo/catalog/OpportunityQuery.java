package jp.miyazaki.kyodo.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a citizen is looking for; an empty part does not filter, several districts mean any of them. Dates are
 * inclusive days in Asia/Tokyo.
 */
public record OpportunityQuery(
        Optional<Category> category,
        List<String> districts,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Optional<OpportunityKind> kind,
        String keywords) {

    public static final OpportunityQuery ANY = new OpportunityQuery(Optional.empty(), List.of(),
            Optional.empty(), Optional.empty(), Optional.empty(), "");

    public OpportunityQuery {
        keywords = keywords == null ? "" : keywords.strip();
        districts = List.copyOf(districts);
    }

    public OpportunityQuery withCategory(Category value) {
        return new OpportunityQuery(Optional.of(value), districts, from, to, kind, keywords);
    }

    public OpportunityQuery withDistrict(String value) {
        return new OpportunityQuery(category, value == null ? List.of() : List.of(value), from, to, kind, keywords);
    }

    public OpportunityQuery withDates(LocalDate first, LocalDate last) {
        return new OpportunityQuery(category, districts, Optional.ofNullable(first), Optional.ofNullable(last), kind,
                keywords);
    }

    public OpportunityQuery withKind(OpportunityKind value) {
        return new OpportunityQuery(category, districts, from, to, Optional.of(value), keywords);
    }

    public OpportunityQuery withKeywords(String value) {
        return new OpportunityQuery(category, districts, from, to, kind, value);
    }
}
