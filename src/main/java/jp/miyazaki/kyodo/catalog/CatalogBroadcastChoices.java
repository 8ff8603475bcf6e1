package jp.miyazaki.kyodo.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jp.miyazaki.kyodo.broadcast.BroadcastChoices;

/** The catalog's categories, districts and opportunities, for the broadcast composer. */
class CatalogBroadcastChoices implements BroadcastChoices {

    private final CatalogRepository repository;

    CatalogBroadcastChoices(CatalogRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<CategoryChoice> categories() {
        return Arrays.stream(Category.values())
                .map(category -> new CategoryChoice(category.id(), category.label()))
                .toList();
    }

    @Override
    public List<String> districts() {
        return District.NAMES;
    }

    @Override
    public List<OpportunityChoice> opportunities() {
        return repository.listOpportunities().stream()
                .map(opportunity -> new OpportunityChoice(opportunity.id(), opportunity.title(),
                        opportunity.start()))
                .toList();
    }

    @Override
    public Optional<String> opportunityTitle(String opportunityId) {
        return repository.findOpportunity(opportunityId).map(Opportunity::title);
    }
}
