package jp.miyazaki.kyodo.dialog;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A named piece of business logic that a flow in {@code dialogs/flows} calls by name, such as
 * {@code catalog.search} or {@code signup.create}. A feature declares one with {@link FlowAction} on a method of its
 * actions class; {@link FlowActions} makes the instances.
 */
public interface DialogAction {

    /** The name flows use, e.g. {@code catalog.search}. */
    String name();

    /** Every outcome {@link #perform} may answer; a flow may route only these (and the engine's {@code error}). */
    Set<String> outcomes();

    Result perform(Context context);

    /**
     * A value an action returns when the citizen has just chosen the language they are answered in
     * ({@code ja}, {@code en}, {@code ja-easy}): the rest of the turn, the flow it resumes included, is in it.
     */
    String ANSWER_LANGUAGE = "answer_language";

    /**
     * What the action sees: who asks, the slots filled so far, the time of the turn and the language to answer in
     * ({@code ja}, {@code en}, {@code ja-easy}).
     */
    record Context(String userId, Map<String, String> slots, ZonedDateTime at, String language) {
        public Context {
            slots = Map.copyOf(slots);
        }

        /** A turn answered in Japanese. */
        public Context(String userId, Map<String, String> slots, ZonedDateTime at) {
            this(userId, slots, at, "ja");
        }
    }

    /**
     * What the action did. {@code outcome} is a short word the flow branches on ({@code ok}, {@code none},
     * {@code full}, {@code duplicate}, …); {@code values} fill reply templates and later steps; {@code parts} is
     * rich content to show, such as a carousel of opportunities.
     */
    record Result(String outcome, Map<String, String> values, List<Reply.Part> parts) {
        public Result {
            values = Map.copyOf(values);
            parts = List.copyOf(parts);
        }

        public static Result of(String outcome) {
            return new Result(outcome, Map.of(), List.of());
        }
    }
}
