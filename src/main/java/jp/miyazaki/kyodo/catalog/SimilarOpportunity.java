package jp.miyazaki.kyodo.catalog;

import java.util.List;

/**
 * An existing opportunity that looks like another one: how alike they are (0–1) and the content words they share.
 * It may have ended already; past activities show that a group has done this before.
 */
public record SimilarOpportunity(Opportunity opportunity, double score, List<String> sharedWords) {

    public SimilarOpportunity {
        sharedWords = List.copyOf(sharedWords);
    }
}
