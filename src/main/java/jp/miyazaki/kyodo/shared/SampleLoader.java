package jp.miyazaki.kyodo.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Puts a feature's fictional sample data into its store on start when samples are enabled
 * ({@code kyodo.catalog.load-sample}) and the store holds nothing yet. Saving is by fixed id, so two instances
 * starting together do no harm.
 */
public abstract class SampleLoader implements ApplicationRunner {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final boolean enabled;

    protected SampleLoader(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        loadIfEmpty();
    }

    /** Loads the sample when enabled and the store is empty; answers whether it did. */
    public boolean loadIfEmpty() {
        if (!enabled || !isEmpty()) {
            return false;
        }
        log.info("Loaded {}", load());
        return true;
    }

    protected abstract boolean isEmpty();

    /** Saves the sample; answers what it saved, for the log: "9 sample experts". */
    protected abstract String load();
}
