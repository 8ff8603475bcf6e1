package jp.miyazaki.kyodo.group;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;

import jp.miyazaki.kyodo.catalog.CatalogProperties;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.SampleCatalogLoaded;
import jp.miyazaki.kyodo.catalog.SampleYaml;

/**
 * Puts the fictional sample groups ({@code group/sample-groups.yml}) into Redis with the sample catalog, and on a
 * start with no groups at all while samples are enabled. Saving is by fixed id, so two instances do no harm.
 */
public class SampleGroups implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleGroups.class);

    private final GroupDirectory directory;
    private final CatalogProperties properties;

    public SampleGroups(GroupDirectory directory, CatalogProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        loadIfEmpty();
    }

    @EventListener
    public void onSampleCatalog(SampleCatalogLoaded loaded) {
        loadIfEmpty();
    }

    /** Loads the sample groups when enabled and there are no groups; answers whether it did. */
    public boolean loadIfEmpty() {
        if (!properties.loadSample() || !directory.isEmpty()) {
            return false;
        }
        List<Group> groups = load();
        groups.forEach(directory::save);
        directory.reserveIds(groups.size());
        log.info("Loaded {} sample groups", groups.size());
        return true;
    }

    @SuppressWarnings("unchecked")
    static List<Group> load() {
        return SampleYaml.entries(SampleYaml.read("group/sample-groups.yml"), "groups").stream().map(m -> new Group(
                (String) m.get("id"), (String) m.get("name"), GroupKind.parse((String) m.get("kind")).orElseThrow(),
                (List<String>) m.get("districts"),
                ((List<String>) m.get("categories")).stream().map(c -> Category.parse(c).orElseThrow()).toList(),
                (String) m.get("description"), (String) m.get("howToJoin"), (String) m.get("contact"), true))
                .toList();
    }
}
