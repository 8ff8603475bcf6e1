package jp.miyazaki.kyodo.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.nlu.KnownNames;
import jp.miyazaki.kyodo.nlu.NameKind;
import jp.miyazaki.kyodo.nlu.RefreshedNames;

/**
 * The catalog's titles, grant names and facility names for the understanding, read again when the catalog's version
 * (one small Redis key, raised by every write on any instance) moved, compared at most once a second.
 */
@Component
class CatalogNames implements KnownNames {

    private final RefreshedNames names;

    CatalogNames(CatalogRepository repository, ObjectProvider<Clock> clock) {
        this.names = new RefreshedNames(repository::version, () -> Map.of(
                NameKind.OPPORTUNITY, repository.listOpportunities().stream().map(Opportunity::title).toList(),
                NameKind.GRANT, repository.listGrants().stream().map(Grant::name).toList(),
                NameKind.FACILITY, repository.listFacilities().stream().map(Facility::name).toList()),
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Override
    public List<String> named(NameKind kind) {
        return names.named(kind);
    }
}
