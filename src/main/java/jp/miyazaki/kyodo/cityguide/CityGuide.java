package jp.miyazaki.kyodo.cityguide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.error.YAMLException;

import com.fasterxml.jackson.databind.JsonNode;

import jp.miyazaki.kyodo.dialog.flow.InvalidFlowsException;
import jp.miyazaki.kyodo.dialog.flow.Problem;
import jp.miyazaki.kyodo.dialog.flow.YamlDocument;

/**
 * City matters outside the bot (ごみ, 住民票, 税 …) and where to ask about them, from {@code <dialogs>/city-guide.yml}.
 * The file is checked when it is read; a wrong one stops the start like a wrong flow, with
 * {@code file:line:column: reason}.
 */
public final class CityGuide {

    static final String FILE = "city-guide.yml";

    private final List<Topic> topics;

    CityGuide(List<Topic> topics) {
        this.topics = List.copyOf(topics);
    }

    /** The first topic whose word the message contains (width and case folded). */
    public Optional<Topic> find(String message) {
        String normal = fold(message);
        return topics.stream().filter(t -> t.words().stream().anyMatch(w -> normal.contains(fold(w)))).findFirst();
    }

    List<Topic> topics() {
        return topics;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Reads and checks the file; every problem is reported at once, at its line and column. */
    public static CityGuide load(Path dialogsDir) {
        Path file = dialogsDir.resolve(FILE);
        List<Problem> problems = new ArrayList<>();
        YamlDocument doc;
        try {
            doc = YamlDocument.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new InvalidFlowsException(List.of(new Problem(FILE, 1, "the city guide file is missing")));
        } catch (YAMLException e) {
            throw new InvalidFlowsException(List.of(YamlDocument.syntaxProblem(FILE, e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode root = doc.root();
        if (!root.isObject()) {
            problems.add(doc.problem(FILE, "", "expected contacts and topics"));
        }
        Map<String, Contact> contacts = new LinkedHashMap<>();
        if (root.path("contacts").isObject()) {
            root.path("contacts").properties().forEach(entry -> {
                String id = entry.getKey();
                String at = "/contacts/" + id;
                JsonNode contact = entry.getValue();
                String name = text(contact.path("name"));
                String phone = text(contact.path("phone"));
                String page = text(contact.path("page"));
                if (name.isBlank() || phone.isBlank() && page.isBlank()) {
                    problems.add(doc.problem(FILE, at, "contact '" + id + "' needs a name and a phone or a page"));
                } else if (!page.isBlank() && !page.startsWith("https://")) {
                    problems.add(doc.problem(FILE, at + "/page",
                            "contact '" + id + "': the page must be an https:// address"));
                } else if (!phone.isBlank() && !phone.matches("0\\d{1,4}-\\d{1,4}-\\d{3,4}")) {
                    problems.add(doc.problem(FILE, at + "/phone",
                            "contact '" + id + "': the phone must read like 0985-25-2111"));
                } else {
                    contacts.put(id, new Contact(name, phone, page));
                }
            });
        } else if (problems.isEmpty()) {
            problems.add(doc.problem(FILE, "/contacts", "'contacts' is missing"));
        }
        List<Topic> topics = new ArrayList<>();
        JsonNode listed = root.path("topics");
        if (!listed.isArray() || listed.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(doc.problem(FILE, "/topics", "'topics' must list at least one topic"));
            }
        } else {
            for (int index = 0; index < listed.size(); index++) {
                String at = "/topics/" + index;
                JsonNode topic = listed.get(index);
                String name = text(topic.path("topic"));
                List<String> words = new ArrayList<>();
                topic.path("words").forEach(word -> {
                    if (!text(word).isBlank()) {
                        words.add(text(word));
                    }
                });
                Contact contact = contacts.get(text(topic.path("contact")));
                if (name.isBlank() || words.isEmpty()) {
                    problems.add(doc.problem(FILE, at, "topic '" + name + "' needs a topic name and words"));
                } else if (contact == null) {
                    problems.add(doc.problem(FILE, at + "/contact", "topic '" + name + "': unknown contact '"
                            + text(topic.path("contact")) + "'"));
                } else {
                    topics.add(new Topic(name, words, contact));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFlowsException(problems);
        }
        return new CityGuide(topics);
    }

    private static String text(JsonNode value) {
        return value.isValueNode() && !value.isNull() ? value.asText().strip() : "";
    }

    /** Where to ask: a name and a phone number and/or a web page. */
    public record Contact(String name, String phone, String page) {
    }

    /** A matter the bot does not handle, the words that name it, and where to ask. */
    public record Topic(String topic, List<String> words, Contact contact) {
        public Topic {
            words = List.copyOf(words);
        }
    }
}
