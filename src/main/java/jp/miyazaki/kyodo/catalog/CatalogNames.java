package jp.miyazaki.kyodo.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.nlu.KnownNames;

/**
 * The catalog's titles and grant names for the understanding. Read from Redis at most once a minute, so parsing
 * stays fast and staff edits show up shortly after they are made.
 */
@Component
class CatalogNames implements KnownNames {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final CatalogRepository repository;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(List.of(), List.of(), Instant.MIN);

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

    private Snapshot current() {
        Snapshot known = snapshot;
        Instant now = clock.instant();
        if (known.readAt().plus(FRESH_FOR).isAfter(now)) {
            return known;
        }
        Snapshot fresh = new Snapshot(repository.listOpportunities().stream().map(Opportunity::title).toList(),
                repository.listGrants().stream().map(Grant::name).toList(), now);
        snapshot = fresh;
        return fresh;
    }

    private record Snapshot(List<String> opportunities, List<String> grants, Instant readAt) {
    }
}
