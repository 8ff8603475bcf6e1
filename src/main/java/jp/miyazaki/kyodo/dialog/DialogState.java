package jp.miyazaki.kyodo.dialog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A citizen's conversation state between messages: the flow and step they are in, the slots filled so far, how
 * many unfitting answers they gave to the current question, and the flows they interrupted (innermost last),
 * which resume when the current one ends; {@code recent} is a revisable flow (a search) that ended in the last
 * turn, kept for one more message so 「やっぱり高岡で」 can run it again. It is stored as the session and expires
 * after the idle timeout, so nothing typed outlives the conversation.
 */
public record DialogState(String flow, String step, Map<String, String> slots, Instant lastActiveAt,
        List<Suspended> suspended, int retries, Suspended recent) {

    public DialogState {
        slots = slots == null ? Map.of() : Map.copyOf(slots);
        suspended = suspended == null ? List.of() : List.copyOf(suspended);
    }

    public DialogState(String flow, String step, Map<String, String> slots, Instant lastActiveAt) {
        this(flow, step, slots, lastActiveAt, List.of(), 0);
    }

    public DialogState(String flow, String step, Map<String, String> slots, Instant lastActiveAt,
            List<Suspended> suspended, int retries) {
        this(flow, step, slots, lastActiveAt, suspended, retries, null);
    }

    public static DialogState fresh(Instant now) {
        return new DialogState(null, null, Map.of(), now);
    }

    public DialogState touchedAt(Instant now) {
        return new DialogState(flow, step, slots, now, suspended, retries, recent);
    }

    /** Whether the citizen is in the middle of a flow. */
    public boolean inFlow() {
        return flow != null;
    }

    /** A flow waiting for an interruption to end, at the step where it was. */
    public record Suspended(String flow, String step, Map<String, String> slots, int retries) {
        public Suspended {
            slots = slots == null ? Map.of() : Map.copyOf(slots);
        }
    }
}
