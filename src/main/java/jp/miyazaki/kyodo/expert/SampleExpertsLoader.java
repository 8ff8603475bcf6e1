package jp.miyazaki.kyodo.expert;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import jp.miyazaki.kyodo.catalog.CatalogProperties;

/**
 * Puts the sample experts into Redis on the first start, together with the sample catalog
 * ({@code kyodo.catalog.load-sample}), when the registry is empty. Saving is idempotent by id.
 */
public class SampleExpertsLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleExpertsLoader.class);

    private final Experts experts;
    private final CatalogProperties properties;

    public SampleExpertsLoader(Experts experts, CatalogProperties properties) {
        this.experts = experts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        loadIfEmpty();
    }

    /** Loads the sample when enabled and the registry is empty; answers whether it did. */
    public boolean loadIfEmpty() {
        if (!properties.loadSample() || !experts.isEmpty()) {
            return false;
        }
        List<Expert> sample = SampleExperts.load();
        sample.forEach(experts::save);
        log.info("Loaded {} sample experts", sample.size());
        return true;
    }
}
