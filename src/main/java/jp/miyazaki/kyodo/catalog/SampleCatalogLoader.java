package jp.miyazaki.kyodo.catalog;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;

import jp.miyazaki.kyodo.shared.CityTime;

/**
 * Puts the sample catalog into Redis on the first start, when the catalog is empty, so a fresh demo has
 * something to find, and publishes {@link SampleCatalogLoaded} for other features' sample data. Saving is
 * idempotent by id, so two instances starting together do no harm.
 */
public class SampleCatalogLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleCatalogLoader.class);

    private final CatalogRepository repository;
    private final CatalogProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public SampleCatalogLoader(CatalogRepository repository, CatalogProperties properties, Clock clock,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        loadIfEmpty();
    }

    /** Loads the sample when enabled and the catalog is empty; answers whether it did. */
    public boolean loadIfEmpty() {
        if (!properties.loadSample() || !repository.isEmpty()) {
            return false;
        }
        SampleCatalog sample = SampleCatalog.load(LocalDate.now(clock.withZone(CityTime.ZONE)));
        sample.opportunities().forEach(repository::save);
        sample.grants().forEach(repository::save);
        sample.facilities().forEach(repository::save);
        log.info("Loaded the sample catalog: {} opportunities, {} grants, {} facilities", sample.opportunities()
                .size(), sample.grants().size(), sample.facilities().size());
        events.publishEvent(new SampleCatalogLoaded());
        return true;
    }
}
