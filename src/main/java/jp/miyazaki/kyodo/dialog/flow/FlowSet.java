package jp.miyazaki.kyodo.dialog.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A checked set of flows with the lookups the engine needs. */
public final class FlowSet {

    private final Map<String, Flow> byName = new LinkedHashMap<>();
    private final Map<String, Flow> byIntent = new LinkedHashMap<>();
    private final Map<String, Flow> byEvent = new LinkedHashMap<>();

    private final ConversationWords words;

    public FlowSet(List<Flow> flows) {
        this(flows, ConversationWords.NONE);
    }

    public FlowSet(List<Flow> flows, ConversationWords words) {
        this.words = words;
        for (Flow flow : flows) {
            byName.put(flow.name(), flow);
            flow.triggers().forEach(intent -> byIntent.putIfAbsent(intent, flow));
            flow.events().forEach(event -> byEvent.putIfAbsent(event, flow));
        }
    }

    /**
     * The flow that takes over a message of {@code intent} holding one of its cues (case and kana ignored as for
     * the conversation words), the first in file order.
     */
    public Optional<Flow> forCue(String intent, String text) {
        return byName.values().stream().filter(flow -> flow.cueIntents().contains(intent))
                .filter(flow -> ConversationWords.mentions(text, flow.cues())).findFirst();
    }

    /** The words every question understands (no preference, cancel, correction). */
    public ConversationWords words() {
        return words;
    }

    public List<Flow> all() {
        return List.copyOf(byName.values());
    }

    public Optional<Flow> named(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    public Optional<Flow> forIntent(String intent) {
        return Optional.ofNullable(intent == null ? null : byIntent.get(intent));
    }

    public Optional<Flow> forEvent(String event) {
        return Optional.ofNullable(byEvent.get(event));
    }
}
