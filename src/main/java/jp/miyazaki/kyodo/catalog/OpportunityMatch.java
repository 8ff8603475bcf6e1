package jp.miyazaki.kyodo.catalog;

/** An opportunity found by a search, with how well its words matched the keywords (0 without keywords). */
public record OpportunityMatch(Opportunity opportunity, double keywordScore) {
}
