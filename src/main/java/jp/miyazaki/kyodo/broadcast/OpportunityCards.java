package jp.miyazaki.kyodo.broadcast;

import java.util.Optional;

import jp.miyazaki.kyodo.dialog.Reply;

/** The card of a catalog opportunity, to add to a notice about it (implemented by the catalog feature). */
public interface OpportunityCards {

    /** The opportunity's card, or empty when there is no such opportunity. */
    Optional<Reply.Part> card(String opportunityId);
}
