package jp.miyazaki.kyodo.dialog.flow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import jp.miyazaki.kyodo.shared.LineLimits;

/**
 * Reads {@code <dialogs>/flows/*.yml}, checks each file against {@code dialog/flow.schema.json} and the whole set
 * for cross-references (intents from {@code <dialogs>/intents.yml}, slots, actions, templates, steps, reachability,
 * LINE's quick-reply limits). Every problem is collected; any problem means {@link InvalidFlowsException}.
 */
public final class FlowLoader {

    /** Intent names the language understanding produces without listing them in {@code intents.yml}. */
    public static final Set<String> BUILT_IN_INTENTS = Set.of("fallback");
    /** {@code {{name}}} in flow texts and in {@code dialogs/messages}. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\w.-]+)\\s*}}");

    private final JsonSchema schema;

    public FlowLoader() {
        try (InputStream in = FlowLoader.class.getResourceAsStream("/dialog/flow.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("dialog/flow.schema.json is missing from the classpath");
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads and checks every flow.
     *
     * @param actions the registered actions' names with the outcomes each declares, or empty to skip that check
     *        (diagrams)
     */
    public FlowSet load(Path dialogsDir, Optional<Map<String, Set<String>>> actions) {
        return load(dialogsDir, actions, true);
    }

    /**
     * Loads the flows to look at them (diagrams): intents and actions are not checked, since the files that
     * define them may belong to a branch not merged yet.
     */
    public FlowSet loadForReading(Path dialogsDir) {
        return load(dialogsDir, Optional.empty(), false);
    }

    private FlowSet load(Path dialogsDir, Optional<Map<String, Set<String>>> actions, boolean checkIntents) {
        List<Problem> problems = new ArrayList<>();
        Set<String> intents = checkIntents ? readIntents(dialogsDir, problems) : null;
        Path flowsDir = dialogsDir.resolve("flows");
        List<Parsed> parsed = new ArrayList<>();
        if (!Files.isDirectory(flowsDir)) {
            problems.add(new Problem(dialogsDir.relativize(flowsDir).toString(), 1, "the flows folder is missing"));
        } else {
            for (Path file : yamlFiles(flowsDir)) {
                String name = dialogsDir.relativize(file).toString().replace('\\', '/');
                readFlow(file, name, problems).ifPresent(parsed::add);
            }
        }
        checkSet(parsed, intents, actions, problems);
        ConversationWords words = ConversationWords.load(dialogsDir, problems);
        if (!problems.isEmpty()) {
            Collections.sort(problems);
            throw new InvalidFlowsException(problems);
        }
        return new FlowSet(parsed.stream().map(Parsed::flow).toList(), words);
    }

    static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> readIntents(Path dialogsDir, List<Problem> problems) {
        Set<String> intents = new HashSet<>(BUILT_IN_INTENTS);
        Path file = dialogsDir.resolve("intents.yml");
        if (!Files.exists(file)) {
            problems.add(new Problem("intents.yml", 1, "the intents file is missing"));
            return intents;
        }
        try {
            YamlDocument doc = YamlDocument.parse(Files.readString(file, StandardCharsets.UTF_8));
            for (JsonNode intent : doc.root().path("intents")) {
                if (intent.hasNonNull("name")) {
                    intents.add(intent.get("name").asText());
                }
            }
        } catch (YAMLException e) {
            problems.add(new Problem("intents.yml", lineOf(e), "not valid YAML: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return intents;
    }

    private Optional<Parsed> readFlow(Path file, String name, List<Problem> problems) {
        YamlDocument doc;
        try {
            doc = YamlDocument.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (YAMLException e) {
            problems.add(new Problem(name, lineOf(e), "not valid YAML: " + firstLine(e.getMessage())));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<ValidationMessage> messages = schema.validate(doc.root());
        if (!messages.isEmpty()) {
            for (ValidationMessage message : messages) {
                String pointer = pointer(message.getInstanceLocation());
                String reason = message.getError();
                if (message.getProperty() != null && "additionalProperties".equals(message.getType())) {
                    pointer = pointer + "/" + message.getProperty();
                    reason = "unknown field '" + message.getProperty() + "'";
                }
                problems.add(new Problem(name, doc.lineOf(pointer), reason));
            }
            return Optional.empty();
        }
        return Optional.of(new Parsed(FlowParser.parse(doc, name, problems), doc, name));
    }

    static int lineOf(YAMLException e) {
        if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return marked.getProblemMark().getLine() + 1;
        }
        return 1;
    }

    static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private static String pointer(JsonNodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(path.getElement(i));
        }
        return pointer.toString();
    }

    private static void checkSet(List<Parsed> parsed, Set<String> intents, Optional<Map<String, Set<String>>> actions,
            List<Problem> problems) {
        Map<String, Parsed> byName = new HashMap<>();
        Map<String, String> triggerOwner = new HashMap<>();
        for (Parsed p : parsed) {
            Parsed earlier = byName.putIfAbsent(p.flow().name(), p);
            if (earlier != null) {
                p.problem("/flow", "flow '" + p.flow().name() + "' is also defined in " + earlier.file(), problems);
            }
            List<String> cueIntents = p.flow().cueIntents();
            for (int i = 0; i < cueIntents.size(); i++) {
                if (intents != null && !intents.contains(cueIntents.get(i))) {
                    p.problem("/cues/intents/" + i, "unknown intent '" + cueIntents.get(i) + "'", problems);
                }
            }
            List<String> triggers = p.flow().triggers();
            for (int i = 0; i < triggers.size(); i++) {
                String intent = triggers.get(i);
                if (intents != null && !intents.contains(intent)) {
                    p.problem("/triggers/" + i, "unknown intent '" + intent + "'", problems);
                }
                String owner = triggerOwner.putIfAbsent(intent, p.flow().name());
                if (owner != null && !owner.equals(p.flow().name())) {
                    p.problem("/triggers/" + i, "intent '" + intent + "' already starts flow '" + owner + "'",
                            problems);
                }
            }
        }
        for (Parsed p : parsed) {
            new FlowChecks(p, intents, actions, byName.keySet(), problems).run();
        }
        if (!parsed.isEmpty() && !triggerOwner.containsKey("fallback")) {
            problems.add(new Problem("flows", 1, "no flow is triggered by 'fallback', so a citizen could be left"
                    + " without an answer"));
        }
    }

    /**
     * The outcomes a call step routes others of but not these, with neither {@code next} nor {@code goto} to fall
     * back on: the engine answers them with its apology. Not a load problem, since a flow may know an outcome cannot
     * happen where it calls the action (its slot was checked before); the registry warns of each at load.
     */
    static List<Problem> unroutedOutcomes(FlowSet flows, Map<String, Set<String>> actions) {
        List<Problem> gaps = new ArrayList<>();
        for (Flow flow : flows.all()) {
            for (Step step : flow.steps().values()) {
                if (step instanceof Step.Call call && !call.on().isEmpty() && call.next() == null
                        && call.gotoFlow() == null && actions.containsKey(call.action())) {
                    List<String> unrouted = new TreeSet<>(actions.get(call.action())).stream()
                            .filter(outcome -> !call.on().containsKey(outcome)).toList();
                    if (!unrouted.isEmpty()) {
                        gaps.add(new Problem(flow.file(), call.line(), "step '" + call.id() + "' routes no outcome "
                                + String.join(", ", unrouted) + " of '" + call.action() + "'"));
                    }
                }
            }
        }
        Collections.sort(gaps);
        return gaps;
    }

    /** A flow with the document it came from, for line numbers. */
    record Parsed(Flow flow, YamlDocument doc, String file) {
        void problem(String pointer, String reason, List<Problem> problems) {
            problems.add(new Problem(file, doc.lineOf(pointer), reason));
        }
    }

    /** The cross-reference checks of one flow; {@code intents} is {@code null} when they are not checked. */
    private record FlowChecks(Parsed parsed, Set<String> intents, Optional<Map<String, Set<String>>> actions,
            Set<String> flowNames, List<Problem> problems) {

        void run() {
            Flow flow = parsed.flow();
            Set<String> known = new HashSet<>(flow.slots().keySet());
            flow.steps().values().forEach(step -> {
                if (step instanceof Step.Call call) {
                    known.addAll(call.values());
                }
            });
            for (Slot slot : flow.slots().values()) {
                String at = "/slots/" + slot.name();
                if (slot.onFail() != null && !flow.steps().containsKey(slot.onFail())) {
                    problem(at + "/on_fail", "unknown step '" + slot.onFail() + "'");
                }
                if (slot.type() == SlotType.CHOICE && slot.choices().isEmpty()) {
                    problem(at + "/type", "slot '" + slot.name() + "' of type choice needs choices");
                }
                if (slot.pattern() != null) {
                    try {
                        Pattern.compile(slot.pattern());
                    } catch (PatternSyntaxException e) {
                        problem(at + "/pattern", "invalid pattern: " + e.getDescription());
                    }
                }
                placeholders(slot.prompt(), at + "/prompt", known);
                placeholders(slot.invalid(), at + "/invalid", known);
                choices(slot.choices(), at + "/choices", slot.name());
            }
            flow.templates().forEach((name, text) -> placeholders(text, "/templates/" + name, known));
            for (int i = 0; i < flow.questions().size(); i++) {
                placeholders(flow.questions().get(i).answer(), "/questions/" + i + "/answer", known);
            }
            for (Step step : flow.steps().values()) {
                checkStep(flow, step, known);
            }
            if (flow.refine() != null) {
                if (!flow.steps().containsKey(flow.refine())) {
                    problem("/refine", "unknown step '" + flow.refine() + "'");
                }
                if (!flow.revisable()) {
                    problem("/refine", "only a revisable flow can be refined right after it ends");
                }
                if (!flow.slots().containsKey(Flow.REFINEMENT)) {
                    problem("/refine", "declare the slot '" + Flow.REFINEMENT + "' that receives the refining message");
                }
            }
            reachability(flow);
        }

        private void checkStep(Flow flow, Step step, Set<String> known) {
            String at = "/steps/" + step.id();
            if (step instanceof Step.Ask ask && !flow.slots().containsKey(ask.slot())) {
                problem(at + "/ask", "unknown slot '" + ask.slot() + "'");
            }

            if (step instanceof Step.Call call && actions.isPresent()) {
                outcomes(call, actions.get().get(call.action()), at);
            }
            if (step instanceof Step.Say say) {
                if (say.template() != null && !flow.templates().containsKey(say.template())) {
                    problem(at + "/reply", "unknown template '" + say.template() + "'");
                }
                placeholders(say.text(), at + "/say", known);
                choices(say.choices(), at + "/choices", null);
            }
            step.set().keySet().forEach(slot -> {
                if (!flow.slots().containsKey(slot)) {
                    problem(at + "/set/" + slot, "unknown slot '" + slot + "'");
                }
            });
            if (step.next() != null && !flow.steps().containsKey(step.next())) {
                problem(at + "/next", "unknown step '" + step.next() + "'");
            }
            step.on().forEach((key, target) -> {
                if (!flow.steps().containsKey(target)) {
                    problem(at + "/on/" + key, "unknown step '" + target + "'");
                }
            });
            if (step.gotoFlow() != null && !flowNames.contains(step.gotoFlow())) {
                problem(at + "/goto", "unknown flow '" + step.gotoFlow() + "'");
            }
            if (step.gotoFlow() != null && step.next() != null) {
                problem(at + "/goto", "a step cannot have both next and goto");
            }
        }

        /** The call's action must exist and route only outcomes it declares (or the engine's {@code error}). */
        private void outcomes(Step.Call call, Set<String> declared, String at) {
            if (declared == null) {
                problem(at + "/action", "unknown action '" + call.action() + "'");
                return;
            }
            call.on().keySet().stream().filter(key -> !declared.contains(key) && !key.equals(FlowDialog.ACTION_FAILED))
                    .forEach(key -> problem(at + "/on/" + key, "action '" + call.action() + "' has no outcome '"
                            + key + "'; it answers " + String.join(", ", new TreeSet<>(declared))));
        }

        private void reachability(Flow flow) {
            Set<String> seen = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(flow.firstStep()));
            if (flow.refine() != null) {
                todo.add(flow.refine());
            }
            if (flow.revisable()) {
                // 「地域を変える」 after a search enters the flow at the question of that condition.
                flow.steps().values().stream().filter(step -> step instanceof Step.Ask ask
                        && flow.slots().containsKey(ask.slot()) && flow.slots().get(ask.slot()).type().isEntity())
                        .map(Step::id).forEach(todo::add);
            }
            while (!todo.isEmpty()) {
                String id = todo.pop();
                Step step = flow.steps().get(id);
                if (step == null || !seen.add(id)) {
                    continue;
                }
                Optional.ofNullable(step.next()).ifPresent(todo::push);
                todo.addAll(step.on().values());
                if (step instanceof Step.Ask ask && flow.slots().containsKey(ask.slot())) {
                    Optional.ofNullable(flow.slots().get(ask.slot()).onFail()).ifPresent(todo::push);
                }
            }
            for (String id : flow.steps().keySet()) {
                if (!seen.contains(id)) {
                    problem("/steps/" + id, "step '" + id + "' is unreachable from '" + flow.firstStep() + "'");
                }
            }
        }

        private void choices(List<ChoiceSpec> choices, String at, String slot) {
            // A question's answers are shown a page at a time; a message's buttons all at once.
            if (slot == null && choices.size() > LineLimits.QUICK_REPLY_ITEMS) {
                problem(at, choices.size() + " quick replies; LINE shows at most " + LineLimits.QUICK_REPLY_ITEMS);
            }
            for (int i = 0; i < choices.size(); i++) {
                ChoiceSpec choice = choices.get(i);
                String itemAt = at + "/" + i;
                if (choice.label().length() > LineLimits.ACTION_LABEL_LENGTH) {
                    problem(itemAt, "quick reply label '" + choice.label() + "' is " + choice.label().length()
                            + " characters; LINE allows " + LineLimits.ACTION_LABEL_LENGTH);
                }
                if (choice.intent() != null && intents != null && !intents.contains(choice.intent())) {
                    problem(itemAt, "unknown intent '" + choice.intent() + "'");
                }
                String data = choice.intent() != null ? PostbackData.forIntent(choice.intent(), Map.of())
                        : choice.value() != null
                                ? PostbackData.forSlot(parsed.flow().name(), slot, choice.value()) : "";
                if (data.length() > LineLimits.POSTBACK_DATA_LENGTH) {
                    problem(itemAt, "postback data is " + data.length() + " characters; LINE allows "
                            + LineLimits.POSTBACK_DATA_LENGTH);
                }
                if (choice.value() != null && slot == null) {
                    problem(itemAt, "a value choice only makes sense when a slot is asked; use intent or a"
                            + " plain label");
                }
            }
        }

        private void placeholders(String text, String at, Set<String> known) {
            if (text == null) {
                return;
            }
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                if (!known.contains(matcher.group(1))) {
                    problem(at, "unknown slot or action value '{{" + matcher.group(1) + "}}'");
                }
            }
        }

        private void problem(String pointer, String reason) {
            parsed.problem(pointer, reason, problems);
        }
    }

    static Map<String, JsonNode> fieldMap(JsonNode node) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        if (node != null) {
            node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue()));
        }
        return map;
    }
}
