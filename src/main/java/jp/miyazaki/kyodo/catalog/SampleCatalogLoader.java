package jp.miyazaki.kyodo.catalog;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;

import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.shared.SampleLoader;

/**
 * Puts the sample catalog into Redis on the first start, when the catalog is empty, so a fresh demo has
 * something to find, and publishes {@link SampleCatalogLoaded} for other features' sample data. Saving is
 * idempotent by id, so two instances starting together do no harm.
 */
public class SampleCatalogLoader extends SampleLoader {

    private final CatalogRepository repository;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public SampleCatalogLoader(CatalogRepository repository, CatalogProperties properties, Clock clock,
            ApplicationEventPublisher events) {
        super(properties.loadSample());
        this.repository = repository;
        this.clock = clock;
        this.events = events;
    }

    @Override
    protected boolean isEmpty() {
        return repository.isEmpty();
    }

    @Override
    protected String load() {
        SampleCatalog sample = SampleCatalog.load(LocalDate.now(clock.withZone(CityTime.ZONE)));
        sample.opportunities().forEach(repository::save);
        sample.grants().forEach(repository::save);
        sample.facilities().forEach(repository::save);
        events.publishEvent(new SampleCatalogLoaded());
        return "the sample catalog: %d opportunities, %d grants, %d facilities".formatted(
                sample.opportunities().size(), sample.grants().size(), sample.facilities().size());
    }
}
