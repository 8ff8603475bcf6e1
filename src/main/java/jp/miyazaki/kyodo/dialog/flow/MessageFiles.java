package jp.miyazaki.kyodo.dialog.flow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.error.YAMLException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads {@code <dialogs>/messages/*.yml}: one file per feature module, each key starting with the file's name
 * ({@code signup.yml} holds {@code signup.*}), each value a Japanese text or a text per language
 * ({@code {ja: …, en: …, ja-easy: …}}). Every problem is collected as {@code file:line: reason}; any problem means
 * {@link InvalidFlowsException}. A dialogs folder without {@code messages/} has no messages.
 */
final class MessageFiles {

    static final String JAPANESE = "ja";
    /** The languages a message may be written in; Japanese is required, the others fall back to it. */
    static final List<String> LANGUAGES = List.of(JAPANESE, "en", "ja-easy");
    /** Beside the languages of a label: other names of it a form or flow may pass (aliases). */
    static final String ALSO = "also";
    /** Beside the languages of a label: words that name it inside a citizen's message. */
    static final String IN_MESSAGES = "in-messages";
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9_-]+)+");

    private MessageFiles() {
    }

    static Map<String, Message> load(Path dialogsDir) {
        Path dir = dialogsDir.resolve("messages");
        Map<String, Message> messages = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return messages;
        }
        List<Problem> problems = new ArrayList<>();
        for (Path file : FlowLoader.yamlFiles(dir)) {
            String name = dialogsDir.relativize(file).toString().replace('\\', '/');
            String module = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            read(file, name, module, messages, problems);
        }
        if (!problems.isEmpty()) {
            Collections.sort(problems);
            throw new InvalidFlowsException(problems);
        }
        return messages;
    }

    private static void read(Path file, String name, String module, Map<String, Message> messages,
            List<Problem> problems) {
        YamlDocument doc;
        try {
            doc = YamlDocument.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (YAMLException e) {
            problems.add(new Problem(name, FlowLoader.lineOf(e), "not valid YAML: "
                    + FlowLoader.firstLine(e.getMessage())));
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        doc.duplicates().forEach((pointer, line) -> problems.add(new Problem(name, line,
                "'" + pointer.substring(pointer.lastIndexOf('/') + 1) + "' is written twice")));
        if (doc.root().isNull() || doc.root().isMissingNode()) {
            return;
        }
        if (!doc.root().isObject()) {
            problems.add(new Problem(name, doc.lineOf(""), "expected lines of the form key: text"));
            return;
        }
        FlowLoader.fieldMap(doc.root()).forEach((key, value) -> {
            int line = doc.lineOf("/" + key);
            if (!KEY.matcher(key).matches() || !key.startsWith(module + ".")) {
                problems.add(new Problem(name, line, "key '" + key + "' must start with '" + module
                        + ".' (the file's module) and use lower-case words joined by dots"));
                return;
            }
            Map<String, String> texts = texts(value, name, line, key, doc, problems);
            if (texts.isEmpty()) {
                return;
            }
            Message earlier = messages.putIfAbsent(key, new Message(key, texts,
                    words(value, ALSO, name, key, doc, problems), words(value, IN_MESSAGES, name, key, doc, problems),
                    name, line));
            if (earlier != null) {
                problems.add(new Problem(name, line, "'" + key + "' is also written in " + earlier.file() + ":"
                        + earlier.line()));
            }
        });
    }

    private static Map<String, String> texts(JsonNode value, String name, int line, String key, YamlDocument doc,
            List<Problem> problems) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (value.isTextual()) {
            texts.put(JAPANESE, value.asText());
        } else if (value.isObject()) {
            FlowLoader.fieldMap(value).forEach((language, text) -> {
                int at = doc.lineOf("/" + key + "/" + language);
                if (language.equals(ALSO) || language.equals(IN_MESSAGES)) {
                    return;
                }
                if (!LANGUAGES.contains(language)) {
                    problems.add(new Problem(name, at, "unknown language '" + language + "' (write one of "
                            + String.join(", ", LANGUAGES) + ")"));
                } else if (!text.isTextual()) {
                    problems.add(new Problem(name, at, "the " + language + " text of '" + key + "' is not text"));
                } else {
                    texts.put(language, text.asText());
                }
            });
            if (!texts.containsKey(JAPANESE)) {
                problems.add(new Problem(name, line, "'" + key + "' has no Japanese (ja) text"));
                return Map.of();
            }
        } else {
            problems.add(new Problem(name, line, "'" + key + "' needs a text or a text per language"));
            return Map.of();
        }
        Set<String> japanese = placeholders(texts.get(JAPANESE));
        texts.forEach((language, text) -> {
            String stray = FlowLoader.PLACEHOLDER.matcher(text).replaceAll("");
            if (stray.contains("{") || stray.contains("}")) {
                problems.add(new Problem(name, line, "the " + language + " text of '" + key
                        + "' has a brace outside a placeholder; write placeholders as {{name}}"));
            }
            if (!placeholders(text).equals(japanese)) {
                problems.add(new Problem(name, line, "the " + language + " text of '" + key + "' uses "
                        + placeholders(text) + " but the Japanese text uses " + japanese));
            }
        });
        return texts;
    }

    /** The words of {@code field} ({@code also}, {@code in-messages}) of a label; none for a plain text. */
    private static List<String> words(JsonNode value, String field, String name, String key, YamlDocument doc,
            List<Problem> problems) {
        JsonNode listed = value.path(field);
        if (listed.isMissingNode()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        if (listed.isArray()) {
            listed.forEach(word -> words.add(word.asText()));
        }
        if (!listed.isArray() || words.stream().anyMatch(String::isBlank)) {
            problems.add(new Problem(name, doc.lineOf("/" + key + "/" + field), "the '" + field + "' words of '"
                    + key + "' must be a list of words, e.g. " + field + ": [NPO, npo]"));
            return List.of();
        }
        return words;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = FlowLoader.PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
