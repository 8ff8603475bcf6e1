package jp.miyazaki.kyodo.dialog;

import java.time.Instant;
import java.util.Map;

/**
 * A citizen's conversation state between messages: the flow and step they are in and the slots filled so far.
 * It is stored as the session and expires after the idle timeout, so nothing typed outlives the conversation.
 */
public record DialogState(String flow, String step, Map<String, String> slots, Instant lastActiveAt) {

    public DialogState {
        slots = slots == null ? Map.of() : Map.copyOf(slots);
    }

    public static DialogState fresh(Instant now) {
        return new DialogState(null, null, Map.of(), now);
    }

    public DialogState touchedAt(Instant now) {
        return new DialogState(flow, step, slots, now);
    }
}
