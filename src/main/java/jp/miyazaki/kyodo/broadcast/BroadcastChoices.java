package jp.miyazaki.kyodo.broadcast;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What staff choose from when writing a broadcast, from the catalog that owns categories, districts and
 * opportunities (implemented by the catalog feature, as {@link OpportunityCards} is, so broadcast does not depend
 * on catalog).
 */
public interface BroadcastChoices {

    /** The categories a segment narrows to, in the catalog's order. */
    List<CategoryChoice> categories();

    /** The districts a segment narrows to. */
    List<String> districts();

    /** The opportunities whose card a notice can carry. */
    List<OpportunityChoice> opportunities();

    /** The title of the opportunity whose card a notice carries, or empty when there is no such opportunity. */
    Optional<String> opportunityTitle(String opportunityId);

    /** A category as the composer shows it: its id in the segment and its name. */
    record CategoryChoice(String id, String label) {
    }

    /** An opportunity as the composer lists it: which, what and when it starts. */
    record OpportunityChoice(String id, String title, OffsetDateTime start) {
    }
}
