package jp.miyazaki.kyodo.dialog.flow;

import java.io.StringReader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
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

import org.springframework.modulith.NamedInterface;

/**
 * A YAML file as a JSON tree (for the schema) that remembers the line of every value, so problems can be
 * reported as {@code file:line:column}. Lines are keyed by JSON pointer, e.g. {@code /steps/confirm/next}.
 * {@code duplicates} holds the line of every key written a second time in the same mapping (the tree keeps the
 * last one).
 */
@NamedInterface("flow")
public record YamlDocument(JsonNode root, Map<String, Integer> lines, Map<String, Integer> columns,
        Map<String, Integer> duplicates) {

    /** Reads {@code text}; a syntax error is thrown as snakeyaml's {@link MarkedYAMLException}. */
    public static YamlDocument parse(String text) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Node node = yaml.compose(new StringReader(text));
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Integer> columns = new HashMap<>();
        Map<String, Integer> duplicates = new LinkedHashMap<>();
        if (node == null) {
            return new YamlDocument(JsonNodeFactory.instance.nullNode(), lines, columns, duplicates);
        }
        mark(node.getStartMark(), "", lines, columns);
        return new YamlDocument(toJson(node, "", lines, columns, duplicates), lines, columns, duplicates);
    }

    /** The problem a syntax error makes, at the line and column where the parser stopped. */
    public static Problem syntaxProblem(String file, YAMLException e) {
        String reason = "not valid YAML: " + (e instanceof MarkedYAMLException marked && marked.getProblem() != null
                ? marked.getProblem() : e.getMessage().lines().findFirst().orElse(""));
        if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark at = marked.getProblemMark();
            return new Problem(file, at.getLine() + 1, at.getColumn() + 1, reason);
        }
        return new Problem(file, 1, reason);
    }

    /** A problem at the value at {@code pointer} (or its nearest written ancestor), with its line and column. */
    public Problem problem(String file, String pointer, String reason) {
        String at = written(pointer);
        return new Problem(file, lines.getOrDefault(at, 1), columns.getOrDefault(at, 1), reason);
    }

    private String written(String pointer) {
        String at = pointer;
        while (!lines.containsKey(at) && !at.isEmpty()) {
            at = at.substring(0, Math.max(0, at.lastIndexOf('/')));
        }
        return at;
    }

    private static void mark(Mark start, String pointer, Map<String, Integer> lines, Map<String, Integer> columns) {
        lines.put(pointer, start.getLine() + 1);
        columns.put(pointer, start.getColumn() + 1);
    }

    /** The line of the value at {@code pointer}, or of its nearest written ancestor. */
    int lineOf(String pointer) {
        return lines.getOrDefault(written(pointer), 1);
    }

    private static JsonNode toJson(Node node, String pointer, Map<String, Integer> lines,
            Map<String, Integer> columns, Map<String, Integer> duplicates) {
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
                mark(tuple.getKeyNode().getStartMark(), child, lines, columns);
                object.set(key, toJson(tuple.getValueNode(), child, lines, columns, duplicates));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = json.arrayNode();
            int index = 0;
            for (Node item : sequence.getValue()) {
                String child = pointer + "/" + index++;
                mark(item.getStartMark(), child, lines, columns);
                array.add(toJson(item, child, lines, columns, duplicates));
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
