package jp.miyazaki.kyodo.dialog.flow;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.yaml.snakeyaml.error.YAMLException;

import jp.miyazaki.kyodo.nlu.TextNormalizer;

/**
 * The words the engine reads at every question of every flow, from {@code <dialogs>/conversation.yml}: "no
 * preference" (an answer: any), explicit cancels (the only way a question is abandoned), correction markers
 * (「やっぱり」「に変えて」: a filled slot is changed and the flow goes on), asking to change a condition of the search
 * just shown (「地域を変える」: that question is asked again), thanks and goodbyes (the conversation closes), and the
 * engine's own sentences.
 *
 * @param noPreference words that answer a question that takes "any" (なんでもいい, どこでも …)
 * @param cancel words without which a cancelling intent does not end an open question
 * @param correction words that mark a message as changing what was said before
 * @param change words that, with a condition's name, ask to change that condition (変える, 変えたい …)
 * @param conditions the names citizens give each condition (district: 地域, 地区, 場所 …)
 * @param closing  thanks and goodbyes that close the conversation when they answer no open question (ありがと …)
 * @param messages the engine's sentences by key ({@code proceeding_any} …)
 */
public record ConversationWords(List<String> noPreference, List<String> cancel, List<String> correction,
        List<String> change, Map<SlotType, List<String>> conditions, List<String> closing,
        Map<String, String> messages) {

    /** Without the file: every cancelling intent cancels and nothing reads as "no preference" (tests, diagrams). */
    public static final ConversationWords NONE = new ConversationWords(List.of(), List.of(), List.of(), List.of(),
            Map.of(), List.of(), Map.of());
    static final String FILE = "conversation.yml";
    private static final Set<String> LISTS = Set.of("no_preference", "cancel", "correction", "change",
            "closing");
    /** The question 「〜ということですか？」 of {@link ClarifyingDialog}: one intent, several, and the 「ちがう」 button. */
    private static final List<String> CLARIFYING = List.of("clarify_one", "clarify_several", "clarify_none");
    /**
     * What {@link FlowDialog} says of its own at any question: a restart after the idle timeout, a sticker, the way
     * back to an interrupted flow, giving up, a failure, the yes/no and next-page buttons, and the reprompt of each
     * slot type (for a slot without its own {@code invalid}).
     */
    static final List<String> ENGINE_SENTENCES = Stream.concat(Stream.of("expired", "unreadable",
            "resumed", "gave_up", "failed", "yes", "no", "more_choices"),
            Arrays.stream(SlotType.values()).map(type -> "invalid_" + type.yamlName())).toList();
    private static final List<String> REQUIRED_MESSAGES = Stream.concat(CLARIFYING.stream(),
            ENGINE_SENTENCES.stream()).toList();

    public ConversationWords {
        noPreference = normalised(noPreference);
        cancel = normalised(cancel);
        correction = normalised(correction);
        change = normalised(change);
        closing = normalised(closing);
        Map<SlotType, List<String>> names = new EnumMap<>(SlotType.class);
        conditions.forEach((type, words) -> names.put(type, normalised(words)));
        conditions = Map.copyOf(names);
        messages = Map.copyOf(messages);
    }

    public boolean saysNoPreference(String text) {
        return contains(text, noPreference);
    }

    /** Whether the message says plainly to stop (without it, 「やっぱり高岡で」 is a correction, not a cancel). */
    public boolean saysCancel(String text) {
        return cancel.isEmpty() || contains(text, cancel);
    }

    public boolean marksCorrection(String text) {
        return contains(text, correction);
    }

    /** Whether the message thanks or says goodbye (「ありがとね〜」「今日はもういいや、ありがとう」). */
    public boolean saysClosing(String text) {
        return contains(text, closing);
    }

    /** The condition 「地域を変える」「日付を変えたい」 asks to change, if the message asks that. */
    public Optional<SlotType> changeAsked(String text) {
        if (!contains(text, change)) {
            return Optional.empty();
        }
        return conditions.entrySet().stream().filter(entry -> contains(text, entry.getValue()))
                .map(Map.Entry::getKey).sorted().findFirst();
    }

    /** The engine's sentence for {@code key}, or empty when the file has none. */
    public String message(String key) {
        return messages.getOrDefault(key, "");
    }

    /** The engine's sentence {@code key} in {@code language}, or the Japanese one where that is not written. */
    public String message(String key, String language) {
        return messages.getOrDefault(key + "@" + language, message(key));
    }

    private static boolean contains(String text, List<String> words) {
        String normal = fold(text);
        return words.stream().anyMatch(normal::contains);
    }

    /** Whether the message holds one of {@code words} as written in a flow, kana and width aside. */
    static boolean mentions(String text, List<String> words) {
        return contains(text, normalised(words));
    }

    private static String fold(String text) {
        return TextNormalizer.foldKana(SlotReader.normalise(text));
    }

    private static List<String> normalised(List<String> words) {
        return words.stream().map(ConversationWords::fold).filter(w -> !w.isBlank()).toList();
    }

    /** Reads and checks the file; a missing file is {@link #NONE}, a wrong one adds problems. */
    static ConversationWords load(Path dialogsDir, List<Problem> problems) {
        Path file = dialogsDir.resolve(FILE);
        if (!Files.exists(file)) {
            return NONE;
        }
        YamlDocument doc;
        try {
            doc = YamlDocument.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (YAMLException e) {
            problems.add(new Problem(FILE, 1, "not valid YAML: " + e.getMessage().lines().findFirst().orElse("")));
            return NONE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode root = doc.root();
        if (!root.isObject()) {
            problems.add(new Problem(FILE, 1, "expected no_preference, cancel, correction and messages"));
            return NONE;
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        root.fieldNames().forEachRemaining(key -> {
            if (!LISTS.contains(key) && !"messages".equals(key) && !"conditions".equals(key)) {
                problems.add(new Problem(FILE, doc.lineOf("/" + key), "unknown key '" + key + "'"));
            }
        });
        for (String key : LISTS) {
            List<String> words = new ArrayList<>();
            JsonNode list = root.path(key);
            if (!list.isArray() || list.isEmpty()) {
                problems.add(new Problem(FILE, doc.lineOf("/" + key), "'" + key + "' must be a list of words"));
            }
            for (int i = 0; i < list.size(); i++) {
                if (!list.get(i).isTextual() || list.get(i).asText().isBlank()) {
                    problems.add(new Problem(FILE, doc.lineOf("/" + key + "/" + i), "a word must be text"));
                } else {
                    words.add(list.get(i).asText());
                }
            }
            lists.put(key, words);
        }
        Map<SlotType, List<String>> conditions = new EnumMap<>(SlotType.class);
        JsonNode names = root.path("conditions");
        names.fieldNames().forEachRemaining(key -> {
            // The conditions a citizen may ask to change are the slot types the understanding fills.
            SlotType type = SlotType.fromYaml(key).filter(SlotType::isEntity).orElse(null);
            JsonNode list = names.get(key);
            if (type == null) {
                problems.add(new Problem(FILE, doc.lineOf("/conditions/" + key), "unknown condition '" + key
                        + "' (known: category, district, date, kind)"));
            } else if (!list.isArray() || list.isEmpty()) {
                problems.add(new Problem(FILE, doc.lineOf("/conditions/" + key), "a condition's names must be a list"));
            } else {
                List<String> words = new ArrayList<>();
                list.forEach(word -> words.add(word.asText()));
                conditions.put(type, words);
            }
        });
        Map<String, String> messages = new LinkedHashMap<>();
        root.path("messages").fields().forEachRemaining(entry -> {
            if (entry.getValue().isObject() && entry.getValue().path(MessageFiles.JAPANESE).isTextual()) {
                // {ja, en, ja-easy}: the other languages are kept as key@language beside the Japanese.
                entry.getValue().fields().forEachRemaining(text -> messages.put(
                        text.getKey().equals(MessageFiles.JAPANESE) ? entry.getKey()
                                : entry.getKey() + "@" + text.getKey(), text.getValue().asText()));
            } else if (!entry.getValue().isTextual() || entry.getValue().asText().isBlank()) {
                problems.add(new Problem(FILE, doc.lineOf("/messages/" + entry.getKey()), "a message must be text"));
            } else {
                messages.put(entry.getKey(), entry.getValue().asText());
            }
        });
        REQUIRED_MESSAGES.stream().filter(key -> !messages.containsKey(key)).forEach(key -> problems.add(
                new Problem(FILE, doc.lineOf("/messages"), "messages need '" + key + "'")));
        return new ConversationWords(lists.get("no_preference"), lists.get("cancel"), lists.get("correction"),
                lists.get("change"), conditions, lists.get("closing"), messages);
    }
}
