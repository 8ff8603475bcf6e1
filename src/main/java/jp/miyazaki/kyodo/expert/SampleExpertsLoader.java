package jp.miyazaki.kyodo.expert;

import java.util.List;

import jp.miyazaki.kyodo.catalog.CatalogProperties;
import jp.miyazaki.kyodo.shared.SampleLoader;

/** Puts the sample experts into Redis on the first start, together with the sample catalog, when there are none. */
public class SampleExpertsLoader extends SampleLoader {

    private final Experts experts;

    public SampleExpertsLoader(Experts experts, CatalogProperties properties) {
        super(properties.loadSample());
        this.experts = experts;
    }

    @Override
    protected boolean isEmpty() {
        return experts.isEmpty();
    }

    @Override
    protected String load() {
        List<Expert> sample = SampleExperts.load();
        sample.forEach(experts::save);
        return sample.size() + " sample experts";
    }
}
