package jp.miyazaki.kyodo.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The entity vocabularies of {@code dialogs/entities.yml}: categories, districts, opportunity kinds, the needs a
 * citizen may name (both lists optional) and the generic words a search never looks for.
 */
public record EntityVocabulary(List<Category> categories, List<District> districts, List<Kind> kinds,
        List<Need> needs, List<String> genericWords) {

    public EntityVocabulary {
        categories = List.copyOf(categories);
        districts = List.copyOf(districts);
        kinds = List.copyOf(kinds);
        needs = List.copyOf(needs);
        genericWords = List.copyOf(genericWords);
    }

    public EntityVocabulary(List<Category> categories, List<District> districts, List<Kind> kinds) {
        this(categories, districts, kinds, List.of(), List.of());
    }

    /** A category id such as {@code environment} with the words that name it. */
    public record Category(String id, String label, List<String> synonyms) {
    }

    /**
     * A 地域自治区 by canonical name; {@code standalone} false means the bare name alone is too ambiguous
     * to count (北) and only its aliases and readings do.
     */
    public record District(String name, boolean standalone, List<String> readings, List<String> aliases) {
    }

    /** An opportunity kind: volunteer, event or course. */
    public record Kind(String id, String label, List<String> synonyms) {
    }

    /** A need such as {@code wheelchair}, by the id of the opportunity attribute that meets it. */
    public record Need(String id, List<String> synonyms) {
    }

    public static EntityVocabulary load(Path file) {
        Map<String, Object> root = readYaml(file);
        List<Category> categories = list(root, "categories", file).stream()
                .map(m -> new Category(text(m, "id", file), text(m, "label", file), strings(m, "synonyms")))
                .toList();
        List<District> districts = list(root, "districts", file).stream()
                .map(m -> new District(text(m, "name", file), !Boolean.FALSE.equals(m.get("standalone")),
                        strings(m, "readings"), strings(m, "aliases")))
                .toList();
        List<Kind> kinds = list(root, "kinds", file).stream()
                .map(m -> new Kind(text(m, "id", file), text(m, "label", file), strings(m, "synonyms")))
                .toList();
        List<Need> needs = root.containsKey("needs") ? list(root, "needs", file).stream()
                .map(m -> new Need(text(m, "id", file), strings(m, "synonyms"))).toList() : List.of();
        return new EntityVocabulary(categories, districts, kinds, needs, strings(root, "generic_words"));
    }

    static Map<String, Object> readYaml(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readYaml(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The top-level mapping of the classpath {@code resource}, such as a file of the shipped {@code dialogs/}. */
    static Map<String, Object> readResource(String resource) {
        try (InputStream in = EntityVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return readYaml(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The top-level mapping of the YAML {@code reader} gives; {@code file} names it in errors. */
    static Map<String, Object> readYaml(Reader reader, String file) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalStateException(file + ": expected a mapping at the top level");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) map;
        return typed;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> map, String key, Path file) {
        Object value = map.get(key);
        if (!(value instanceof List<?> items)) {
            throw new IllegalStateException(file + ": '" + key + "' must be a list");
        }
        for (Object item : items) {
            if (!(item instanceof Map<?, ?>)) {
                throw new IllegalStateException(file + ": every entry of '" + key + "' must be a mapping");
            }
        }
        return (List<Map<String, Object>>) value;
    }

    static String text(Map<String, Object> map, String key, Path file) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException(file + ": missing '" + key + "' in " + map);
        }
        return value.toString();
    }

    static List<String> strings(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            return List.of(value.toString());
        }
        return items.stream().map(Object::toString).toList();
    }
}
