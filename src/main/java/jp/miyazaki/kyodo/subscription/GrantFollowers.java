package jp.miyazaki.kyodo.subscription;

import java.time.LocalDate;
import java.util.List;

import jp.miyazaki.kyodo.broadcast.GrantDeadlines;
import jp.miyazaki.kyodo.catalog.CatalogRepository;

/**
 * Grant deadlines for reminders, from the catalog, each with the citizens whose notices cover one of the grant's
 * categories (or every category). A grant without categories concerns everyone who accepted notices.
 */
public class GrantFollowers implements GrantDeadlines {

    private final CatalogRepository catalog;
    private final Subscriptions subscriptions;

    public GrantFollowers(CatalogRepository catalog, Subscriptions subscriptions) {
        this.catalog = catalog;
        this.subscriptions = subscriptions;
    }

    @Override
    public List<GrantDeadline> closingBetween(LocalDate from, LocalDate to) {
        return catalog.listGrants().stream()
                .filter(grant -> !grant.deadline().isBefore(from) && !grant.deadline().isAfter(to))
                .map(grant -> new GrantDeadline(grant.id(), grant.name(), grant.deadline(),
                        subscriptions.recipients(new Segment(grant.categories(), List.of())).stream().sorted()
                                .toList()))
                .toList();
    }
}
