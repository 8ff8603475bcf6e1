package jp.miyazaki.kyodo.catalog;

import java.util.List;
import java.util.Optional;

import jp.miyazaki.kyodo.broadcast.OpportunityCards;
import jp.miyazaki.kyodo.dialog.Reply;

/** The card a broadcast adds about an opportunity: the same as in search results, 申し込む button included. */
public class OpportunityNoticeCards implements OpportunityCards {

    private final CatalogRepository repository;
    private final CatalogActions actions;

    public OpportunityNoticeCards(CatalogRepository repository, CatalogActions actions) {
        this.repository = repository;
        this.actions = actions;
    }

    @Override
    public Optional<Reply.Part> card(String opportunityId) {
        return repository.findOpportunity(opportunityId)
                .map(opportunity -> new Reply.Cards(opportunity.title(), List.of(actions.card(opportunity))));
    }
}
