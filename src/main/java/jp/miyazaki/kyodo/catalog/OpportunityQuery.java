package jp.miyazaki.kyodo.catalog;

import java.time.LocalDate;
import java.util.Optional;

/** What a citizen is looking for; an empty part does not filter. Dates are inclusive days in Asia/Tokyo. */
public record OpportunityQuery(
        Optional<Category> category,
        Optional<String> district,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Optional<OpportunityKind> kind,
        String keywords) {

    public static final OpportunityQuery ANY = new OpportunityQuery(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), "");

    public OpportunityQuery {
        keywords = keywords == null ? "" : keywords.strip();
    }

    public OpportunityQuery withCategory(Category value) {
        return new OpportunityQuery(Optional.of(value), district, from, to, kind, keywords);
    }

    public OpportunityQuery withDistrict(String value) {
        return new OpportunityQuery(category, Optional.ofNullable(value), from, to, kind, keywords);
    }

    public OpportunityQuery withDates(LocalDate first, LocalDate last) {
        return new OpportunityQuery(category, district, Optional.ofNullable(first), Optional.ofNullable(last), kind,
                keywords);
    }

    public OpportunityQuery withKind(OpportunityKind value) {
        return new OpportunityQuery(category, district, from, to, Optional.of(value), keywords);
    }

    public OpportunityQuery withKeywords(String value) {
        return new OpportunityQuery(category, district, from, to, kind, value);
    }
}
