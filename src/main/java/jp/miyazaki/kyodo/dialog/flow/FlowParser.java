package jp.miyazaki.kyodo.dialog.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Turns a schema-valid flow document into a {@link Flow}. */
final class FlowParser {

    private FlowParser() {
    }

    static Flow parse(YamlDocument doc, String file, List<Problem> problems) {
        JsonNode root = doc.root();
        Map<String, Map<String, String>> translations = new LinkedHashMap<>();
        Map<String, Slot> slots = new LinkedHashMap<>();
        FlowLoader.fieldMap(root.get("slots")).forEach((name, node) -> slots.put(name, slot(name, node, doc,
                "/slots/" + name, translations)));
        Map<String, Step> steps = new LinkedHashMap<>();
        FlowLoader.fieldMap(root.get("steps")).forEach((id, node) -> {
            String at = "/steps/" + id;
            int kinds = (node.has("ask") ? 1 : 0) + (node.has("action") ? 1 : 0)
                    + (node.has("say") || node.has("reply") ? 1 : 0);
            // A step with only goto hands the message over to another flow without a word of its own.
            boolean handover = kinds == 0 && node.has("goto") && !node.has("choices");
            if (!handover && (kinds != 1 || node.has("say") && node.has("reply"))) {
                problems.add(new Problem(file, doc.lineOf(at),
                        "step '" + id + "' needs exactly one of ask, action, say or reply, or only goto"));
            }
            steps.put(id, step(id, node, doc, at, translations));
        });
        Map<String, String> templates = new LinkedHashMap<>();
        FlowLoader.fieldMap(root.get("templates"))
                .forEach((name, node) -> templates.put(name, localized(node, translations)));
        List<Flow.Question> questions = new ArrayList<>();
        JsonNode asked = root.path("questions");
        for (int i = 0; i < asked.size(); i++) {
            JsonNode question = asked.get(i);
            questions.add(new Flow.Question(strings(question.get("words")),
                    localized(question.get("answer"), translations), doc.lineOf("/questions/" + i)));
        }
        String name = root.get("flow").asText();
        return new Flow(name, text(root, "title", name), file, strings(root.get("triggers")),
                strings(root.get("events")), root.path("global").asBoolean(false),
                "discard".equals(text(root, "interruption", "resume")) ? Flow.Interruption.DISCARD
                        : Flow.Interruption.RESUME,
                root.path("resumable").asBoolean(true), root.path("revisable").asBoolean(false),
                root.path("keeps_requests").asBoolean(false), text(root, "refine", null), slots, steps, templates,
                questions, translations, strings(root.path("cues").get("words")),
                strings(root.path("cues").get("intents")));
    }

    private static Slot slot(String name, JsonNode node, YamlDocument doc, String at,
            Map<String, Map<String, String>> translations) {
        return new Slot(name, SlotType.fromYaml(node.get("type").asText()).orElseThrow(),
                localized(node.get("prompt"), translations),
                choices(node.get("choices"), doc, at + "/choices", translations),
                node.has("invalid") ? localized(node.get("invalid"), translations) : null,
                node.path("retries").asInt(Slot.DEFAULT_RETRIES),
                text(node, "on_fail", null), text(node, "pattern", null), integer(node, "min"),
                integer(node, "max"), node.path("from_message").asBoolean(node.path("from_message").isInt()),
                text(node, "default", null),
                node.path("multiple").asBoolean(false), text(node, "format", null),
                node.path("from_message").asInt(0), strings(node.get("called")));
    }

    private static Step step(String id, JsonNode node, YamlDocument doc, String at,
            Map<String, Map<String, String>> translations) {
        Map<String, String> on = new LinkedHashMap<>();
        FlowLoader.fieldMap(node.get("on")).forEach((key, target) -> on.put(key, target.asText()));
        Map<String, String> set = new LinkedHashMap<>();
        FlowLoader.fieldMap(node.get("set")).forEach((key, value) -> set.put(key, value.asText()));
        String next = text(node, "next", null);
        String gotoFlow = text(node, "goto", null);
        int line = doc.lineOf(at);
        if (node.has("ask")) {
            return new Step.Ask(id, node.get("ask").asText(), set, on, next, gotoFlow, line);
        }
        if (node.has("action")) {
            return new Step.Call(id, node.get("action").asText(), strings(node.get("values")), set, on, next, gotoFlow,
                    line);
        }
        return new Step.Say(id, node.has("say") ? localized(node.get("say"), translations) : node.has("reply") ? null : "",
                text(node, "reply", null), choices(node.get("choices"), doc, at + "/choices", translations), set, on, next,
                gotoFlow, line);
    }

    private static List<ChoiceSpec> choices(JsonNode node, YamlDocument doc, String at,
            Map<String, Map<String, String>> translations) {
        List<ChoiceSpec> choices = new ArrayList<>();
        if (node == null) {
            return choices;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            int line = doc.lineOf(at + "/" + i);
            if (item.isObject()) {
                List<String> words = new ArrayList<>();
                item.path("words").forEach(word -> words.add(word.asText()));
                choices.add(new ChoiceSpec(localized(item.get("label"), translations), text(item, "value", null),
                        text(item, "intent", null), text(item, "pick", null), line, words));
            } else {
                // A bare "2" is both what the button says and the value it stands for.
                choices.add(new ChoiceSpec(item.asText(), item.asText(), null, null, line));
            }
        }
        return choices;
    }

    /**
     * The Japanese of a flow text written as a string or as {@code {ja, en, ja-easy}}; the other languages go to
     * {@code translations}, by the Japanese text, where {@link Flow#text} finds them.
     */
    private static String localized(JsonNode node, Map<String, Map<String, String>> translations) {
        if (!node.isObject()) {
            return node.asText();
        }
        String japanese = node.get(MessageFiles.JAPANESE).asText();
        Map<String, String> others = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> {
            if (!field.getKey().equals(MessageFiles.JAPANESE)) {
                others.put(field.getKey(), field.getValue().asText());
            }
        });
        translations.merge(japanese, others, (before, added) -> {
            Map<String, String> both = new LinkedHashMap<>(before);
            both.putAll(added);
            return both;
        });
        return japanese;
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null) {
            node.forEach(item -> values.add(item.asText()));
        }
        return values;
    }

    private static String text(JsonNode node, String field, String otherwise) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? otherwise : value.asText();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isNumber() ? null : value.asInt();
    }
}
