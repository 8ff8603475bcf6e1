package jp.miyazaki.kyodo.dialog.flow;

import java.util.Map;

/**
 * A flow as a Mermaid flowchart, so staff can look rather than read: questions are parallelograms, actions are
 * boxes with double sides, messages are rounded, and arrows carry the outcome or answer they follow.
 */
public final class FlowDiagram {

    private static final int MAX_TEXT = 28;

    private FlowDiagram() {
    }

    public static String render(Flow flow) {
        StringBuilder out = new StringBuilder();
        out.append("---\ntitle: ").append(flow.title()).append(" (").append(flow.name()).append(")\n---\n");
        out.append("flowchart TD\n");
        String starts = String.join(", ", flow.triggers()) + (flow.events().isEmpty() ? ""
                : (flow.triggers().isEmpty() ? "" : ", ") + String.join(", ", flow.events()));
        out.append("  start((\"").append(escape(starts.isEmpty() ? "ボタンから" : starts)).append("\"))\n");
        out.append("  start --> ").append(id(flow.firstStep())).append('\n');
        boolean ends = false;
        for (Step step : flow.steps().values()) {
            out.append("  ").append(id(step.id())).append(shape(flow, step)).append('\n');
            for (Map.Entry<String, String> branch : step.on().entrySet()) {
                out.append("  ").append(id(step.id())).append(" -- ").append(escape(branch.getKey()))
                        .append(" --> ").append(id(branch.getValue())).append('\n');
            }
            if (step instanceof Step.Ask ask && flow.slots().containsKey(ask.slot())
                    && flow.slots().get(ask.slot()).onFail() != null) {
                out.append("  ").append(id(step.id())).append(" -. あきらめ .-> ")
                        .append(id(flow.slots().get(ask.slot()).onFail())).append('\n');
            }
            String label = step.on().isEmpty() ? "" : " -- その他";
            if (step.next() != null) {
                out.append("  ").append(id(step.id())).append(label).append(" --> ").append(id(step.next()))
                        .append('\n');
            } else if (step.gotoFlow() != null) {
                out.append("  ").append(id(step.id())).append(label).append(" --> flow_")
                        .append(id(step.gotoFlow())).append("[[\"→ ").append(escape(step.gotoFlow()))
                        .append("\"]]\n");
            } else if (!(step instanceof Step.Ask ask && hasAllAnswers(flow, ask))) {
                out.append("  ").append(id(step.id())).append(label).append(" --> finish\n");
                ends = true;
            }
        }
        if (ends) {
            out.append("  finish((\"終了\"))\n");
        }
        return out.toString();
    }

    /** A yes/no question with both answers routed never falls through to the end. */
    private static boolean hasAllAnswers(Flow flow, Step.Ask ask) {
        Slot slot = flow.slots().get(ask.slot());
        if (slot == null) {
            return false;
        }
        if (slot.type() == SlotType.YES_NO) {
            return ask.on().containsKey("yes") && ask.on().containsKey("no");
        }
        return slot.type() == SlotType.CHOICE && !slot.choices().isEmpty()
                && slot.choices().stream().allMatch(c -> ask.on().containsKey(c.value()));
    }

    private static String shape(Flow flow, Step step) {
        if (step instanceof Step.Ask ask) {
            Slot slot = flow.slots().get(ask.slot());
            String prompt = slot == null ? ask.slot() : ask.slot() + ": " + slot.prompt();
            return "[/\"" + escape(shorten(prompt)) + "\"/]";
        }
        if (step instanceof Step.Call call) {
            return "[[\"" + escape(call.action()) + "\"]]";
        }
        Step.Say say = (Step.Say) step;
        String text = say.text() != null ? say.text() : flow.templates().getOrDefault(say.template(), "");
        return "(\"" + escape(shorten(text)) + "\")";
    }

    private static String shorten(String text) {
        String oneLine = text.replace('\n', ' ').strip();
        return oneLine.length() <= MAX_TEXT ? oneLine : oneLine.substring(0, MAX_TEXT) + "…";
    }

    private static String escape(String text) {
        return text.replace("\"", "#quot;");
    }

    /** Mermaid ids may not contain dots or dashes in every renderer. */
    private static String id(String name) {
        return name.replaceAll("[^A-Za-z0-9_]", "_");
    }
}
