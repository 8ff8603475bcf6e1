package jp.miyazaki.kyodo.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.nlu.KnownNames;

/**
 * The catalog's titles, grant names and facility names for the understanding. At most once a second the catalog's version (one
 * small Redis key, raised by every write on any instance) is compared, and the names are read again only when it
 * moved, so parsing stays fast and a name staff add anywhere is known here within about a second.
 */
@Component
class CatalogNames implements KnownNames {

    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private final CatalogRepository repository;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(List.of(), List.of(), List.of(), -1, Instant.MIN);

    CatalogNames(CatalogRepository repository, ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public List<String> opportunities() {
        return current().opportunities();
    }

    @Override
    public List<String> grants() {
        return current().grants();
    }

    @Override
    public List<String> facilities() {
        return current().facilities();
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        Instant now = clock.instant();
        if (known.checkedAt().plus(CHECK_EVERY).isAfter(now)) {
            return known;
        }
        long version = repository.version();
        Snapshot fresh = version == known.version() ? known.checked(now)
                : new Snapshot(repository.listOpportunities().stream().map(Opportunity::title).toList(),
                        repository.listGrants().stream().map(Grant::name).toList(),
                        repository.listFacilities().stream().map(Facility::name).toList(), version, now);
        snapshot = fresh;
        return fresh;
    }

    /** The names as of {@code version}; the lists stay the same objects while it holds (the spotter relies on it). */
    private record Snapshot(List<String> opportunities, List<String> grants, List<String> facilities, long version,
            Instant checkedAt) {

        Snapshot checked(Instant now) {
            return new Snapshot(opportunities, grants, facilities, version, now);
        }
    }
}
