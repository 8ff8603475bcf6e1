package jp.miyazaki.kyodo.dialog.flow;

import java.util.List;
import java.util.Map;

/**
 * One step of a flow. Where it goes next: {@code on} maps an action's outcome (or a yes/no or choice answer)
 * to a step, {@code next} is the default, {@code goto} hands over to another flow, and with none of them the
 * flow ends. Steps are immutable values.
 */
public sealed interface Step {

    String id();

    Map<String, String> on();

    /** Slot values the step sets before it runs, e.g. {@code date: any} to widen a search. */
    Map<String, String> set();

    String next();

    String gotoFlow();

    int line();

    /** The step the flow moves to after {@code key} (an outcome or answer), or {@code null} when it ends. */
    default String after(String key) {
        String target = key == null ? null : on().get(key);
        return target != null ? target : next();
    }

    /** Asks for a slot unless it is already filled. */
    record Ask(String id, String slot, Map<String, String> set, Map<String, String> on, String next,
            String gotoFlow, int line)
            implements Step {
    }

    /** Calls a named {@link jp.miyazaki.kyodo.dialog.DialogAction}; {@code values} documents what it returns. */
    record Call(String id, String action, List<String> values, Map<String, String> set,
            Map<String, String> on, String next, String gotoFlow, int line) implements Step {
    }

    /** Says something: inline {@code text} or a named {@code template}, with optional quick replies. */
    record Say(String id, String text, String template, List<ChoiceSpec> choices, Map<String, String> set,
            Map<String, String> on,
            String next, String gotoFlow, int line) implements Step {
    }
}
