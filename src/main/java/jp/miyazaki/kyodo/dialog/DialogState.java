package jp.miyazaki.kyodo.dialog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.miyazaki.kyodo.nlu.Understanding;

/**
 * A citizen's conversation state between messages: the flow and step they are in, the slots filled so far, how
 * many unfitting answers they gave to the current question, and the flows they interrupted (innermost last),
 * which resume when the current one ends; {@code recent} is a revisable flow (a search) that ended in the last
 * turn, kept for one more message so 「やっぱり高岡で」 can run it again; {@code clarifying} is a message the bot
 * asked 「〜ということですか？」 about, kept for the next turn only. It is stored as the session and expires after the
 * idle timeout, so nothing typed outlives the conversation.
 */
public record DialogState(String flow, String step, Map<String, String> slots, Instant lastActiveAt,
        List<Suspended> suspended, int retries, Suspended recent, Clarifying clarifying) {

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

    public DialogState(String flow, String step, Map<String, String> slots, Instant lastActiveAt,
            List<Suspended> suspended, int retries, Suspended recent) {
        this(flow, step, slots, lastActiveAt, suspended, retries, recent, null);
    }

    public static DialogState fresh(Instant now) {
        return new DialogState(null, null, Map.of(), now);
    }

    public DialogState touchedAt(Instant now) {
        return new DialogState(flow, step, slots, now, suspended, retries, recent, clarifying);
    }

    /** This state waiting for the answer to a question about {@code message}. */
    public DialogState clarifying(Clarifying message) {
        return new DialogState(flow, step, slots, lastActiveAt, suspended, retries, recent, message);
    }

    /** This state without a pending question about a message. */
    public DialogState withoutClarifying() {
        return clarifying == null ? this : clarifying(null);
    }

    /** Whether the citizen is in the middle of a flow. */
    public boolean inFlow() {
        return flow != null;
    }

    /**
     * A message the bot asked about instead of acting on it: its text and understanding as they came, the intents
     * offered, and when it asked (the question's buttons name that time, so an older question's cannot answer it).
     */
    public record Clarifying(String text, Understanding understanding, List<String> offered, Instant askedAt) {
        public Clarifying {
            offered = List.copyOf(offered);
        }
    }

    /** A flow waiting for an interruption to end, at the step where it was. */
    public record Suspended(String flow, String step, Map<String, String> slots, int retries) {
        public Suspended {
            slots = slots == null ? Map.of() : Map.copyOf(slots);
        }
    }
}
