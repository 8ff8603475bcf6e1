package jp.miyazaki.kyodo.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A sample-data file on the classpath (catalog, groups, experts) read as plain maps and lists; only plain YAML
 * types are built, so a sample file cannot instantiate classes.
 */
public final class SampleYaml {

    private SampleYaml() {
    }

    /** The top-level mapping of the resource; a missing resource is a broken build, not a runtime condition. */
    public static Map<String, Object> read(String resource) {
        try (InputStream in = SampleYaml.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The list of mappings under a key, e.g. every entry of {@code experts:}; none when the key is absent. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> entries(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.getOrDefault(key, List.of());
    }
}
