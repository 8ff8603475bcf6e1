package jp.miyazaki.kyodo.group;

import java.util.List;

import org.springframework.context.event.EventListener;

import jp.miyazaki.kyodo.catalog.CatalogProperties;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.SampleCatalogLoaded;
import jp.miyazaki.kyodo.catalog.SampleCatalog;
import jp.miyazaki.kyodo.catalog.SampleYaml;
import jp.miyazaki.kyodo.shared.SampleLoader;

/**
 * Puts the fictional sample groups ({@code group/sample-groups.yml}) into Redis with the sample catalog, and on a
 * start with no groups at all while samples are enabled. Saving is by fixed id, so two instances do no harm.
 */
public class SampleGroups extends SampleLoader {

    private final GroupDirectory directory;

    public SampleGroups(GroupDirectory directory, CatalogProperties properties) {
        super(properties.loadSample());
        this.directory = directory;
    }

    @EventListener
    public void onSampleCatalog(SampleCatalogLoaded loaded) {
        loadIfEmpty();
    }

    @Override
    protected boolean isEmpty() {
        return directory.isEmpty();
    }

    @Override
    protected String load() {
        List<Group> groups = samples();
        groups.forEach(directory::save);
        directory.reserveIds(groups.size());
        return groups.size() + " sample groups";
    }

    @SuppressWarnings("unchecked")
    static List<Group> samples() {
        return SampleYaml.entries(SampleYaml.read("group/sample-groups.yml"), "groups").stream().map(m -> new Group(
                (String) m.get("id"), (String) m.get("name"), GroupKind.parse((String) m.get("kind")).orElseThrow(),
                (List<String>) m.get("districts"),
                ((List<String>) m.get("categories")).stream().map(c -> Category.parse(c).orElseThrow()).toList(),
                (String) m.get("description"), (String) m.get("howToJoin"), (String) m.get("contact"), true,
                SampleCatalog.translations(m)))
                .toList();
    }
}
