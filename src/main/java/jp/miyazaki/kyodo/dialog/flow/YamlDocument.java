package jp.miyazaki.kyodo.dialog.flow;

import java.io.StringReader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A YAML file as a JSON tree (for the schema) that remembers the line of every value, so problems can be
 * reported as {@code file:line}. Lines are keyed by JSON pointer, e.g. {@code /steps/confirm/next}.
 * {@code duplicates} holds the line of every key written a second time in the same mapping (the tree keeps the
 * last one).
 */
record YamlDocument(JsonNode root, Map<String, Integer> lines, Map<String, Integer> duplicates) {

    static YamlDocument parse(String text) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Node node = yaml.compose(new StringReader(text));
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Integer> duplicates = new LinkedHashMap<>();
        if (node == null) {
            return new YamlDocument(JsonNodeFactory.instance.nullNode(), lines, duplicates);
        }
        lines.put("", node.getStartMark().getLine() + 1);
        return new YamlDocument(toJson(node, "", lines, duplicates), lines, duplicates);
    }

    /** The line of the value at {@code pointer}, or of its nearest written ancestor. */
    int lineOf(String pointer) {
        String at = pointer;
        while (!lines.containsKey(at) && !at.isEmpty()) {
            at = at.substring(0, Math.max(0, at.lastIndexOf('/')));
        }
        return lines.getOrDefault(at, 1);
    }

    private static JsonNode toJson(Node node, String pointer, Map<String, Integer> lines,
            Map<String, Integer> duplicates) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (node instanceof MappingNode mapping) {
            ObjectNode object = json.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
                String child = pointer + "/" + key;
                int line = tuple.getKeyNode().getStartMark().getLine() + 1;
                if (object.has(key)) {
                    duplicates.putIfAbsent(child, line);
                }
                lines.put(child, line);
                object.set(key, toJson(tuple.getValueNode(), child, lines, duplicates));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = json.arrayNode();
            int index = 0;
            for (Node item : sequence.getValue()) {
                String child = pointer + "/" + index++;
                lines.put(child, item.getStartMark().getLine() + 1);
                array.add(toJson(item, child, lines, duplicates));
            }
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        String value = scalar.getValue();
        if (Tag.INT.equals(tag)) {
            try {
                return json.numberNode(Long.parseLong(value.replace("_", "")));
            } catch (NumberFormatException e) {
                return json.textNode(value);
            }
        }
        if (Tag.BOOL.equals(tag)) {
            return json.booleanNode(Boolean.parseBoolean(value) || "yes".equalsIgnoreCase(value)
                    || "on".equalsIgnoreCase(value));
        }
        if (Tag.NULL.equals(tag)) {
            return json.nullNode();
        }
        return json.textNode(value);
    }
}
