package jp.miyazaki.kyodo.expert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import jp.miyazaki.kyodo.consultation.Expertise;

/** The fictional experts of {@code expert/sample-experts.yml}, for a demo. */
public final class SampleExperts {

    static final String RESOURCE = "expert/sample-experts.yml";

    private SampleExperts() {
    }

    public static List<Expert> load() {
        try (InputStream in = SampleExperts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> entries = (List<Map<String, Object>>) root.get("experts");
            return entries.stream().map(SampleExperts::expert).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
