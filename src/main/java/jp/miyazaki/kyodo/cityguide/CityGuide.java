package jp.miyazaki.kyodo.cityguide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import jp.miyazaki.kyodo.dialog.flow.InvalidFlowsException;
import jp.miyazaki.kyodo.dialog.flow.Problem;

/**
 * City matters outside the bot (ごみ, 住民票, 税 …) and where to ask about them, from {@code <dialogs>/city-guide.yml}.
 * The file is checked when it is read; a wrong one stops the start like a wrong flow, with {@code file: reason}.
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

    /** Reads and checks the file; every problem is reported at once. */
    @SuppressWarnings("unchecked")
    public static CityGuide load(Path dialogsDir) {
        Path file = dialogsDir.resolve(FILE);
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> root = Map.of();
        try (InputStream in = Files.newInputStream(file)) {
            Object read = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (read instanceof Map<?, ?> map) {
                root = (Map<String, Object>) map;
            } else {
                problems.add(new Problem(FILE, 1, "expected contacts and topics"));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            problems.add(new Problem(FILE, 1, "the city guide file is missing"));
        } catch (YAMLException e) {
            problems.add(new Problem(FILE, 1, "not valid YAML: " + e.getMessage().lines().findFirst().orElse("")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Contact> contacts = new LinkedHashMap<>();
        if (root.get("contacts") instanceof Map<?, ?> given) {
            given.forEach((id, value) -> {
                Map<String, Object> contact = value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
                String name = text(contact.get("name"));
                String phone = text(contact.get("phone"));
                String page = text(contact.get("page"));
                if (name.isBlank() || phone.isBlank() && page.isBlank()) {
                    problems.add(new Problem(FILE, 1, "contact '" + id + "' needs a name and a phone or a page"));
                } else if (!page.isBlank() && !page.startsWith("https://")) {
                    problems.add(new Problem(FILE, 1, "contact '" + id + "': the page must be an https:// address"));
                } else if (!phone.isBlank() && !phone.matches("0\\d{1,4}-\\d{1,4}-\\d{3,4}")) {
                    problems.add(new Problem(FILE, 1, "contact '" + id + "': the phone must read like 0985-25-2111"));
                } else {
                    contacts.put(String.valueOf(id), new Contact(name, phone, page));
                }
            });
        } else if (problems.isEmpty()) {
            problems.add(new Problem(FILE, 1, "'contacts' is missing"));
        }
        List<Topic> topics = new ArrayList<>();
        Object listed = root.get("topics");
        if (!(listed instanceof List<?> list) || list.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(new Problem(FILE, 1, "'topics' must list at least one topic"));
            }
        } else {
            for (Object item : list) {
                Map<String, Object> topic = item instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
                String name = text(topic.get("topic"));
                List<String> words = topic.get("words") instanceof List<?> w
                        ? w.stream().map(CityGuide::text).filter(s -> !s.isBlank()).toList() : List.of();
                Contact contact = contacts.get(text(topic.get("contact")));
                if (name.isBlank() || words.isEmpty()) {
                    problems.add(new Problem(FILE, 1, "topic '" + name + "' needs a topic name and words"));
                } else if (contact == null) {
                    problems.add(new Problem(FILE, 1, "topic '" + name + "': unknown contact '"
                            + text(topic.get("contact")) + "'"));
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

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
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
