package jp.miyazaki.kyodo.expert;

import java.util.List;
import java.util.Map;


import jp.miyazaki.kyodo.catalog.SampleYaml;
import jp.miyazaki.kyodo.consultation.Expertise;

/** The fictional experts of {@code expert/sample-experts.yml}, for a demo. */
public final class SampleExperts {

    static final String RESOURCE = "expert/sample-experts.yml";

    private SampleExperts() {
    }

    public static List<Expert> load() {
        return SampleYaml.entries(SampleYaml.read(RESOURCE), "experts").stream().map(SampleExperts::expert).toList();
    }

    @SuppressWarnings("unchecked")
    private static Expert expert(Map<String, Object> m) {
        List<Expertise> fields = ((List<String>) m.get("fields")).stream()
                .map(f -> Expertise.parse(f).orElseThrow(() -> new IllegalStateException("unknown field " + f)))
                .toList();
        return new Expert(text(m, "id"), text(m, "name"),
                ExpertKind.parse(text(m, "kind")).orElseThrow(() -> new IllegalStateException("unknown kind")),
                fields, (List<String>) m.get("districts"), text(m, "profile"), text(m, "publicContact"),
                text(m, "staffContact"), true);
    }

    private static String text(Map<String, Object> m, String key) {
        Object value = m.get(key);
        return value == null ? "" : value.toString();
    }
}
