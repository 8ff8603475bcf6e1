package jp.miyazaki.kyodo.dialog.flow;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.miyazaki.kyodo.dialog.Dialog;
import jp.miyazaki.kyodo.dialog.DialogAction;
import jp.miyazaki.kyodo.dialog.DialogState;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Turn;
import jp.miyazaki.kyodo.dialog.UserInput;
import jp.miyazaki.kyodo.nlu.NameKind;
import jp.miyazaki.kyodo.nlu.Slots;
import jp.miyazaki.kyodo.nlu.Understanding;
import jp.miyazaki.kyodo.shared.LineLimits;

/**
 * Runs the flows of {@code dialogs/flows}: fills slots with reprompts and helpful messages, calls actions and
 * branches on their outcome, lets global intents (cancel, help, consultation) work anywhere, answers a question
 * from another flow and then resumes the interrupted one, and restarts politely after the idle timeout. Knows no
 * particular flow: a new flow is a new file.
 */
public final class FlowDialog implements Dialog {

    /** The outcome of an action that threw; a flow may route it, and otherwise the citizen is told it failed. */
    static final String ACTION_FAILED = "error";
    private static final String FOLLOW = "follow";
    /** The event of a shared location, and the slot of that flow that receives it ({@code latitude,longitude}). */
    private static final String LOCATION = "location";
    /** The slot of that flow that receives the address the citizen's phone gave, when it declares one. */
    private static final String ADDRESS = "address";
    private static final int MAX_STEPS_PER_TURN = 40;
    /** The intent of a plain 「やめる」, which abandons an open question only when its words are there. */
    static final String CANCEL = "cancel";
    /** The slot value for "no restriction". */
    static final String ANY = "any";
    /** The slot value of a declined optional answer (登録しない). */
    private static final String NONE = "none";
    /**
     * The slot in which a flow that keeps requests learns which flow's request waits for it to end, so its steps
     * can branch on it (go on with the request rather than ask the optional questions).
     */
    static final String KEPT_REQUEST = "request";
    /** The engine's own button to the next page of a question's answers (files may only pick a date). */
    private static final String NEXT_PAGE = "next-page";
    private static final Logger log = LoggerFactory.getLogger(FlowDialog.class);

    private final Supplier<FlowSet> flows;
    private final Map<String, DialogAction> actions;
    private final DialogSettings settings;

    public FlowDialog(Supplier<FlowSet> flows, List<DialogAction> actions, DialogSettings settings) {
        this.flows = flows;
        Map<String, DialogAction> byName = new LinkedHashMap<>();
        actions.forEach(action -> byName.put(action.name(), action));
        this.actions = Map.copyOf(byName);
        this.settings = settings;
    }

    @Override
    public Outcome respond(DialogState state, Turn turn) {
        Instant now = turn.at().toInstant();
        if (turn.input() instanceof UserInput.Unfollow) {
            return new Outcome(Optional.empty(), Reply.NONE);
        }
        Run run = new Run(flows.get(), turn);
        DialogState current = state == null ? DialogState.fresh(now) : state;
        if (current.inFlow() && current.lastActiveAt().plus(settings.idleTimeout()).isBefore(now)) {
            run.say("expired");
            current = DialogState.fresh(now);
        }
        run.restore(current);
        UserInput input = turn.input();
        if (input instanceof UserInput.Follow) {
            run.clear();
            run.start(run.flows.forEvent(FOLLOW).orElseGet(run::fallbackFlow), Map.of());
        } else if (input instanceof UserInput.Location location) {
            run.location(location);
        } else if (input instanceof UserInput.Unreadable) {
            run.say("unreadable");
            run.promptAgain();
        } else if (input instanceof UserInput.Postback postback) {
            run.postback(postback);
        } else if (input instanceof UserInput.Text text) {
            run.text(text.text(), turn.understanding());
        }
        return run.outcome(now);
    }

    /** One flow in progress: where it is, what it has collected and how many answers did not fit. */
    private static final class Frame {
        final Flow flow;
        String step;
        final Map<String, String> slots;
        int retries;

        Frame(Flow flow, String step, Map<String, String> slots, int retries) {
            this.flow = flow;
            this.step = step;
            this.slots = new LinkedHashMap<>(slots);
            this.retries = retries;
        }
    }

    /** The work of one turn: the flows in use, the frames and the reply being built. */
    private final class Run {
        final FlowSet flows;
        /** This turn; its language changes when the citizen chooses another one in it. */
        Turn turn;
        final List<Reply.Part> parts = new ArrayList<>();
        final Deque<Frame> suspended = new ArrayDeque<>();
        Frame current;
        /** A revisable flow that ended in the previous turn (from the state), and one that ended in this turn. */
        Frame recent;
        Frame ended;
        /** The text of this turn's message, for slots filled from the message that starts a flow. */
        String message;
        /** What the understanding read in this turn's message, handed over with it by a goto-only step. */
        Slots said = Slots.NONE;

        Run(FlowSet flows, Turn turn) {
            this.flows = flows;
            this.turn = turn;
        }

        void restore(DialogState state) {
            current = frame(state.flow(), state.step(), state.slots(), state.retries(), true);
            for (DialogState.Suspended waiting : state.suspended()) {
                // A kept request waits at its flow's first step, which may be an action: it runs from there.
                Frame frame = frame(waiting.flow(), waiting.step(), waiting.slots(), waiting.retries(), false);
                if (frame != null) {
                    suspended.push(frame);
                }
            }
            if (current == null && !suspended.isEmpty()) {
                current = suspended.pop();
            }
            if (state.recent() != null) {
                recent = flows.named(state.recent().flow())
                        .map(flow -> new Frame(flow, flow.firstStep(), state.recent().slots(), 0)).orElse(null);
            }
        }

        /**
         * A frame for stored state, or {@code null} when a reload removed its flow or step, or turned the step of a
         * flow {@code asking} an answer into one that does not wait for an answer.
         */
        private Frame frame(String flowName, String step, Map<String, String> slots, int retries, boolean asking) {
            return flows.named(flowName).filter(flow -> asking ? flow.steps().get(step) instanceof Step.Ask
                    : flow.steps().containsKey(step))
                    .map(flow -> new Frame(flow, step, slots, retries)).orElse(null);
        }

        void clear() {
            current = null;
            suspended.clear();
        }

        /**
         * A shared location answers the open question of the flow that takes locations, and otherwise starts that
         * flow with it; without such a flow it is a message the bot cannot read.
         */
        void location(UserInput.Location location) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put(LOCATION, location.value());
            if (location.address() != null) {
                values.put(ADDRESS, location.address());
            }
            if (current != null && current.flow.events().contains(LOCATION) && asking().isPresent()
                    && current.flow.slots().containsKey(LOCATION)) {
                values.forEach((name, value) -> {
                    if (current.flow.slots().containsKey(name)) {
                        current.slots.put(name, value);
                    }
                });
                current.retries = 0;
                run();
                return;
            }
            Optional<Flow> flow = flows.forEvent(LOCATION);
            if (flow.isEmpty()) {
                say("unreadable");
                promptAgain();
                return;
            }
            start(flow.get(), values);
        }

        Flow fallbackFlow() {
            return flows.forIntent(Understanding.FALLBACK)
                    .orElseThrow(() -> new IllegalStateException("no flow handles fallback"));
        }

        void text(String text, Optional<Understanding> understanding) {
            message = text;
            String intent = understanding.map(u -> u.intent().name()).orElse(Understanding.FALLBACK);
            double confidence = understanding.map(u -> u.intent().confidence()).orElse(0.0);
            Slots entities = understanding.map(Understanding::slots).orElse(Slots.NONE);
            said = entities;
            Optional<Flow> target = flows.forIntent(intent).filter(f -> !Understanding.FALLBACK.equals(intent));
            Optional<Step.Ask> asking = asking();
            ConversationWords words = flows.words();
            if (asking.isEmpty()) {
                // 「今日はもういいや、ありがとう」 after the results is no correction of the search (今日) but a goodbye.
                if (words.saysClosing(text) && (target.isEmpty() || target.get().triggers().contains(CANCEL))) {
                    close();
                    return;
                }
                Optional<Map<String, String>> revised = revision(text, target, entities);
                if (revised.isPresent()) {
                    String said = words.message("corrected", turn.language());
                    if (!said.isBlank()) {
                        parts.add(new Reply.Text(said));
                    }
                    start(recent.flow, revised.get());
                    return;
                }
                if (reopen(text) || target.isEmpty() && refine(text)) {
                    return;
                }
                // 「近くの公民館」 reads as a facility search, but only a shared location says where 近く is.
                Optional<Flow> cued = flows.forCue(intent, text).filter(f -> entities.district() == null);
                if (cued.isPresent()) {
                    start(cued.get(), entityValues(cued.get(), entities));
                    return;
                }
                Flow flow = target.orElseGet(this::fallbackFlow);
                start(flow, entityValues(flow, entities));
                return;
            }
            Flow flow = current.flow;
            Slot slot = flow.slots().get(asking.get().slot());
            boolean answerLabel = SlotReader.isAnswerLabel(slot, text);
            // Only a plain 「やめる」「キャンセル」 abandons a question: 「やっぱり高岡で」 reads as cancel to the classifier.
            boolean otherFlow = target.isPresent() && !target.get().name().equals(flow.name()) && !answerLabel
                    && (!target.get().triggers().contains(CANCEL) || words.saysCancel(text))
                    && !unsureRequestAnswering(flow, slot, text, entities, confidence);
            if (otherFlow && keeps(flow, target.get())) {
                keep(target.get(), entities, slot);
                return;
            }
            boolean confidentRequest = otherFlow && !target.get().triggers().contains(CANCEL)
                    && confidence >= settings.interruptConfidence();
            Map<String, String> said = entityValues(flow, entities);
            if (slot.multiple() && !answerLabel) {
                // 「子育てと環境」 answers with both, where the understanding keeps one.
                SlotReader.fromText(slot, text, entities).ifPresent(value -> said.put(slot.name(), value));
            }
            // A name never holds thanks: 「ありがとうございます」 at the name question thanks for an answer in between.
            Optional<String> reading = Slot.NAME_FORMAT.equals(slot.format()) && words.saysClosing(text)
                    ? Optional.empty() : SlotReader.fromText(slot, text, entities);
            Optional<Slot> toChange = answerLabel || !said.isEmpty() ? Optional.empty()
                    : conditionToChange(flow, text).filter(condition -> !condition.name().equals(slot.name()));
            if (toChange.isPresent()) {
                askAgain(toChange.get());
                return;
            }
            if (!answerLabel && !said.containsKey(slot.name()) && takesAny(slot) && words.saysNoPreference(text)) {
                said.forEach(current.slots::put);
                fill(slot, ANY);
                return;
            }
            Optional<Map.Entry<String, String>> forLater = reading.isPresent() ? Optional.empty()
                    : forLaterQuestion(flow, slot, text);
            // Thanks at a question of what to look for (「そっか、ないとね。ありがとね〜」 at the widen buttons) end the
            // conversation, unless they come with an answer or a request; at a name, a contact or a number they
            // thank for an answer given in between, and the question is simply asked again. A yes/no question
            // leaves them to what they read as (the greeting resumes a confirmation and drops an offer).
            if (slot.type() != SlotType.YES_NO && !answerLabel && reading.isEmpty() && forLater.isEmpty()
                    && said.isEmpty()
                    && !(confidentRequest && asksSomething(target.get())) && words.saysClosing(text)) {
                if (slot.type().isEntity() || slot.type() == SlotType.CHOICE) {
                    close();
                } else {
                    prompt(flow, slot);
                }
                return;
            }
            Optional<String> answer = answerLabel || reading.isPresent() || !said.isEmpty()
                    || namesSomethingElse(entities) ? Optional.empty() : answerAbout(flow, text);
            if (answer.isPresent()) {
                // 「集合場所ってどこですか」 during a sign-up is about this activity: answered, then the same question.
                parts.add(new Reply.Text(answer.get()));
                say("resumed");
                prompt(flow, slot);
                return;
            }
            if (otherFlow && interrupts(target.get(), slot, confidence, entities)) {
                start(target.get(), entityValues(target.get(), entities));
                return;
            }
            boolean corrected = false;
            List<String> changed = new ArrayList<>();
            for (Map.Entry<String, String> entity : said.entrySet()) {
                String before = current.slots.put(entity.getKey(), entity.getValue());
                corrected |= !entity.getValue().equals(before);
                if (before != null && !entity.getValue().equals(before)) {
                    changed.add(entity.getKey());
                }
            }
            // At a confirmation (yes/no or buttons) 「2人で」 cannot be its answer: it corrects the count even without
            // a correction word.
            boolean confirmation = slot.type() == SlotType.YES_NO || slot.type() == SlotType.CHOICE;
            boolean marked = words.marksCorrection(text);
            if (!answerLabel && (marked || confirmation || reading.isEmpty())) {
                changed.addAll(correctFilled(flow, slot, text, marked, confirmation));
            }
            if (!changed.isEmpty()) {
                // 「2人に変えて」 does not also pick the confirmation's 「変える」 button.
                if (!confirmation && !changed.contains(slot.name())) {
                    SlotReader.fromText(slot, text, entities).ifPresent(value -> current.slots.put(slot.name(), value));
                }
                rewind(changed);
                return;
            }
            Optional<String> value = Optional.ofNullable(current.slots.get(slot.name())).or(() -> reading);
            if (value.isPresent()) {
                fill(slot, value.get());
            } else if (confidentRequest) {
                // An answer that does not fit is the other request it reads as; this question waits for after it.
                start(target.get(), entityValues(target.get(), entities));
            } else if (forLater.isPresent()) {
                // A description typed at the topic's buttons is kept for its own question; the buttons come again.
                current.slots.put(forLater.get().getKey(), forLater.get().getValue());
                current.retries = 0;
                run();
            } else if (otherFlow) {
                start(target.get(), entityValues(target.get(), entities));
            } else if (corrected) {
                run();
            } else {
                retry(slot);
            }
        }

        /** Thanks or a goodbye that answers nothing: the conversation closes, and what was typed is forgotten. */
        private void close() {
            log.debug("Closing the conversation");
            clear();
            recent = null;
            ended = null;
            String said = flows.words().message("closed", turn.language());
            if (!said.isBlank()) {
                parts.add(new Reply.Text(said));
            }
        }

        /** Whether the flow has a question to ask (a greeting or help answers at once). */
        private static boolean asksSomething(Flow flow) {
            return flow.slots().values().stream().anyMatch(slot -> slot.defaultValue() == null);
        }

        /** Whether the message names a catalog item, a district or a field, so it is not about this flow's subject. */
        private static boolean namesSomethingElse(Slots entities) {
            return entities.opportunity() != null || entities.grant() != null || entities.facility() != null
                    || entities.group() != null || entities.district() != null || entities.category() != null;
        }

        /**
         * The flow's answer to a question about its subject that the message asks (「集合場所は？」), when what it
         * needs is known.
         */
        private Optional<String> answerAbout(Flow flow, String text) {
            for (Flow.Question question : flow.questions()) {
                if (!ConversationWords.mentions(text, question.words())) {
                    continue;
                }
                boolean known = FlowLoader.PLACEHOLDER.matcher(question.answer()).results()
                        .allMatch(placeholder -> !current.slots.getOrDefault(placeholder.group(1), "").isBlank());
                if (known) {
                    return Optional.of(render(question.answer()));
                }
            }
            return Optional.empty();
        }

        /**
         * A later free-text question of the flow that takes a message typed at a question with buttons (one that
         * {@code from_message: 25} fills from an opening message of that length), with the value it reads, if that
         * question is still open.
         */
        private Optional<Map.Entry<String, String>> forLaterQuestion(Flow flow, Slot asked, String text) {
            if (asked.type() != SlotType.CHOICE && asked.type() != SlotType.KIND) {
                return Optional.empty();
            }
            return flow.slots().values().stream()
                    .filter(later -> later != asked && later.type() == SlotType.TEXT && later.fromMessage()
                            && later.fromMessageLength() > 0 && !Slot.NAME_FORMAT.equals(later.format())
                            && !current.slots.containsKey(later.name())
                            && text.strip().length() >= later.fromMessageLength())
                    .flatMap(later -> SlotReader.fromText(later, text, Slots.NONE).map(value -> Map.entry(
                            later.name(), value)).stream())
                    .findFirst();
        }

        /**
         * The slots to run the search that just ended again with, when this message corrects it: it changes one of
         * its conditions and is no other request (no intent, a cancel without a cancel word, or a correction word).
         */
        private Optional<Map<String, String>> revision(String text, Optional<Flow> target, Slots entities) {
            if (recent == null) {
                return Optional.empty();
            }
            ConversationWords words = flows.words();
            boolean noOtherRequest = target.isEmpty() || words.marksCorrection(text)
                    || target.get().triggers().contains(CANCEL) && !words.saysCancel(text);
            Map<String, String> said = entityValues(recent.flow, entities);
            boolean changes = said.entrySet().stream()
                    .anyMatch(entity -> !entity.getValue().equals(recent.slots.get(entity.getKey())));
            if (!noOtherRequest || !changes) {
                return Optional.empty();
            }
            Map<String, String> slots = recentConditions();
            slots.putAll(said);
            return Optional.of(slots);
        }

        /**
         * 「地域を変える」 right after a search: its question for that condition is asked again, and the search runs
         * with the answer and the other conditions as they were. False when the message asks no such thing.
         */
        private boolean reopen(String text) {
            if (recent == null) {
                return false;
            }
            Optional<Slot> condition = conditionToChange(recent.flow, text);
            if (condition.isEmpty()) {
                return false;
            }
            current = new Frame(recent.flow, recent.flow.firstStep(), recentConditions(), 0);
            askAgain(condition.get());
            return true;
        }

        /**
         * 「スマホの使い方」 right after a course list: a message the understanding cannot place goes to the flow's
         * {@code refine} step with the search's conditions, which decides whether it narrows the search. False when
         * the flow that just ended has no such step.
         */
        private boolean refine(String text) {
            if (recent == null || recent.flow.refine() == null) {
                return false;
            }
            Map<String, String> slots = recentConditions();
            slots.put(Flow.REFINEMENT, text);
            log.debug("Refining flow {}", recent.flow.name());
            current = new Frame(recent.flow, recent.flow.firstStep(), slots, 0);
            enter(recent.flow.refine());
            run();
            return true;
        }

        /** The condition of a revisable flow that 「地域を変える」 asks to change, if the flow has a question for it. */
        private Optional<Slot> conditionToChange(Flow flow, String text) {
            if (!flow.revisable()) {
                return Optional.empty();
            }
            return flows.words().changeAsked(text).flatMap(type -> flow.slots().values().stream()
                    .filter(slot -> slot.type() == type).findFirst())
                    .filter(slot -> askingStep(flow, slot.name()).isPresent());
        }

        /** Forgets the current flow's answer for {@code condition} and asks its question again. */
        private void askAgain(Slot condition) {
            log.debug("Changing {} of flow {}", condition.name(), current.flow.name());
            current.slots.remove(condition.name());
            current.retries = 0;
            enter(askingStep(current.flow, condition.name()).orElseThrow());
            run();
        }

        /**
         * The conditions of the search that just ended, with the message it was asked in (a slot filled from it,
         * which holds what else was asked, such as 車いす); how it was widened is decided again.
         */
        private Map<String, String> recentConditions() {
            Map<String, String> slots = new LinkedHashMap<>();
            recent.flow.slots().values().stream().filter(slot -> slot.type().isEntity() || slot.fromMessage())
                    .forEach(slot -> Optional.ofNullable(recent.slots.get(slot.name()))
                            .ifPresent(value -> slots.put(slot.name(), value)));
            return slots;
        }

        /** The first step of {@code flow} that asks {@code slot}. */
        private Optional<String> askingStep(Flow flow, String slot) {
            return flow.steps().values().stream().filter(step -> step instanceof Step.Ask ask
                    && ask.slot().equals(slot)).map(Step::id).findFirst();
        }

        /** Whether the question takes "no preference" as its answer. */
        private boolean takesAny(Slot slot) {
            return slot.type() == SlotType.CATEGORY || slot.type() == SlotType.DISTRICT
                    || slot.type() == SlotType.DATE
                    || slot.choices().stream().anyMatch(choice -> ANY.equals(choice.value()));
        }

        /**
         * 「3人に変えて」: slots already answered that the message gives a new value for (numbers with 人/名, contacts;
         * with a correction word, a choice by its words (「やっぱりLINEで」); a text the message names, 「名前まちがえ
         * ました、〇〇です」, also without one when the open question cannot read the message). Returns the names of
         * the slots it changed.
         */
        private List<String> correctFilled(Flow flow, Slot asked, String text, boolean marked, boolean confirmation) {
            List<String> changed = new ArrayList<>();
            for (Slot filled : flow.slots().values()) {
                String before = current.slots.get(filled.name());
                if (filled == asked || before == null) {
                    continue;
                }
                Optional<String> value = Optional.empty();
                if (filled.type() == SlotType.CONTACT && (marked || confirmation)
                        || filled.type() == SlotType.NUMBER && (marked || confirmation)
                        && SlotReader.counts(text)) {
                    value = SlotReader.fromText(filled, text, Slots.NONE);
                } else if (filled.type() == SlotType.CHOICE && marked) {
                    value = SlotReader.fromText(filled, text, Slots.NONE);
                } else if (filled.type() == SlotType.TEXT && ConversationWords.mentions(text, filled.called())) {
                    List<String> markers = new ArrayList<>(flows.words().correction());
                    markers.addAll(filled.called());
                    value = SlotReader.fromCorrection(filled, text, markers);
                }
                value.filter(corrected -> !corrected.equals(before)).ifPresent(corrected -> {
                    current.slots.put(filled.name(), corrected);
                    changed.add(filled.name());
                });
            }
            return changed;
        }

        /**
         * Goes back to the first step that asks one of the {@code changed} slots and on from there, so everything
         * that depends on them (a search, a confirmation) is done again with the new values.
         */
        private void rewind(List<String> changed) {
            List<String> order = List.copyOf(current.flow.steps().keySet());
            String asked = changed.stream().map(slot -> askingStep(current.flow, slot)).flatMap(Optional::stream)
                    .min(Comparator.comparingInt(order::indexOf)).orElse(current.flow.firstStep());
            // Never past a question still open: 「やっぱり高岡で」 while the topic is asked keeps asking the topic.
            String back = order.indexOf(asked) <= order.indexOf(current.step) ? asked : current.step;
            log.debug("Correction of {} in flow {}: back to {}", changed, current.flow.name(), back);
            String said = flows.words().message("corrected", turn.language());
            if (!said.isBlank()) {
                parts.add(new Reply.Text(said));
            }
            current.step = back;
            current.retries = 0;
            run();
        }

        /**
         * Whether, in a flow that keeps requests, the message answers the question and the understanding is not
         * sure it is another request: 「同意します」 is consent even if it reads a little like help, while
         * 「青島海岸ビーチクリーンに申し込みたい」 names a district but surely asks for a sign-up.
         */
        private boolean unsureRequestAnswering(Flow flow, Slot slot, String text, Slots entities,
                double confidence) {
            return flow.keepsRequests() && confidence < settings.interruptConfidence()
                    && SlotReader.fromText(slot, text, entities).isPresent();
        }

        /**
         * Whether a request for {@code other} waits until the current flow ends (the welcome before consent and
         * during its optional questions): not one that drops what is going on (cancel, delete my data), and not
         * a flow that asks nothing (a greeting, help: answered at once as anywhere).
         */
        private boolean keeps(Flow flow, Flow other) {
            return flow.keepsRequests() && other.interruption() != Flow.Interruption.DISCARD && !asksNothing(other);
        }

        /** Whether a flow only answers: every question it has is answered by default (a greeting, help). */
        private boolean asksNothing(Flow flow) {
            return flow.slots().values().stream().allMatch(slot -> slot.defaultValue() != null);
        }

        /**
         * Keeps the request for {@code other} under the current flow, so it is carried on when that one ends, and
         * asks the open question again. A later request replaces an earlier one still waiting.
         */
        private void keep(Flow other, Slots entities, Slot asked) {
            log.debug("Flow {} keeps a request for {}", current.flow.name(), other.name());
            if (current.slots.containsKey(KEPT_REQUEST) && !suspended.isEmpty()) {
                suspended.pop();
            }
            Frame kept = new Frame(other, other.firstStep(), slotsFor(other, entityValues(other, entities)), 0);
            other.step(kept.step).ifPresent(step -> kept.slots.putAll(step.set()));
            suspended.push(kept);
            current.slots.put(KEPT_REQUEST, other.name());
            String said = flows.words().message("request_kept", turn.language());
            if (!said.isBlank()) {
                parts.add(new Reply.Text(said));
            }
            prompt(current.flow, asked);
        }

        /**
         * Whether another flow's intent interrupts the open question. A name or a description can look like any
         * intent (「手続きがわかりません」 reads a little like help), so free text gives way only to a confident global
         * intent, a side question (a flow that answers at once, asking nothing) or a confident question that gives
         * the other flow a condition of its own.
         */
        boolean interrupts(Flow other, Slot slot, double confidence, Slots entities) {
            if (!slot.type().isFreeText()) {
                return other.global();
            }
            // 「小戸で使える施設もある？」 at a description is that search: a question naming a condition the other flow
            // looks for. A statement (「檍地区交流センター 調理室」 as a place) stays the answer.
            Map<String, String> given = entityValues(other, entities);
            boolean asksWithACondition = SlotReader.asks(message) && other.slots().values().stream()
                    .anyMatch(condition -> condition.type().isEntity() && given.containsKey(condition.name()));
            return confidence >= settings.interruptConfidence() && (other.global() || other.slots().isEmpty()
                    || asksWithACondition);
        }

        void postback(UserInput.Postback postback) {
            Map<String, String> data = PostbackData.decode(postback.data());
            String slotName = data.get(PostbackData.SLOT);
            String flowName = data.get(PostbackData.FLOW);
            Optional<Step.Ask> asking = asking();
            if (slotName != null && asking.isPresent() && asking.get().slot().equals(slotName)
                    && (flowName == null || flowName.equals(current.flow.name()))) {
                Slot slot = current.flow.slots().get(slotName);
                if (data.containsKey(PostbackData.PAGE)) {
                    prompt(current.flow, slot, page(data.get(PostbackData.PAGE)));
                    return;
                }
                SlotReader.fromButton(slot, buttonValue(slot, data, postback.params()))
                        .ifPresentOrElse(value -> fill(slot, value), () -> retry(slot));
                return;
            }
            Map<String, String> values = new LinkedHashMap<>(data);
            values.keySet().removeAll(List.of(PostbackData.INTENT, PostbackData.FLOW, PostbackData.SLOT,
                    PostbackData.VALUE));
            String intent = data.get(PostbackData.INTENT);
            Optional<Flow> target = intent != null ? flows.forIntent(intent) : flows.named(flowName);
            if (target.isEmpty()) {
                start(fallbackFlow(), Map.of());
                return;
            }
            Flow flow = target.get();
            if (recent != null && recent.flow.name().equals(flow.name()) && (slotName != null || !values.isEmpty())) {
                // A condition's button right after that search refines it rather than starting afresh; a bare
                // 「施設を探す」 after nothing was found starts afresh.
                recentConditions().forEach(values::putIfAbsent);
            }
            if (slotName != null && flow.slots().containsKey(slotName)) {
                // A button from an earlier question: start its flow again with the answer it carries.
                Slot slot = flow.slots().get(slotName);
                SlotReader.fromButton(slot, buttonValue(slot, data, postback.params()))
                        .ifPresent(value -> values.put(slotName, value));
            }
            start(flow, values);
        }

        private String buttonValue(Slot slot, Map<String, String> data, Map<String, String> params) {
            if (data.containsKey(PostbackData.VALUE)) {
                return data.get(PostbackData.VALUE);
            }
            String picked = params.getOrDefault("date", params.get("datetime"));
            if (picked != null && slot.type() == SlotType.DATE) {
                String day = picked.length() >= 10 ? picked.substring(0, 10) : picked;
                return day + "/" + day;
            }
            return picked;
        }

        void start(Flow flow, Map<String, String> values) {
            if (current != null) {
                if (flow.interruption() == Flow.Interruption.DISCARD) {
                    clear();
                } else if (current.flow.name().equals(flow.name()) || !current.flow.resumable()) {
                    current = null;
                } else {
                    suspended.push(current);
                    while (suspended.size() > settings.maxSuspended()) {
                        suspended.removeLast();
                    }
                    current = null;
                }
            }
            log.debug("Starting flow {}", flow.name());
            current = new Frame(flow, flow.firstStep(), slotsFor(flow, values), 0);
            enter(flow.firstStep());
            run();
        }

        /** The slots {@code flow} starts with: the {@code values} it has slots for, and what this message fills. */
        private Map<String, String> slotsFor(Flow flow, Map<String, String> values) {
            Map<String, String> slots = new LinkedHashMap<>();
            values.forEach((name, value) -> {
                if (flow.slots().containsKey(name)) {
                    slots.put(name, value);
                }
            });
            if (message != null) {
                flow.slots().values().stream().filter(Slot::fromMessage)
                        .filter(slot -> message.strip().length() >= slot.fromMessageLength())
                        .forEach(slot -> SlotReader.fromText(slot, message, Slots.NONE)
                                .ifPresent(value -> slots.putIfAbsent(slot.name(), value)));
            }
            return slots;
        }

        void fill(Slot slot, String value) {
            current.slots.put(slot.name(), value);
            current.retries = 0;
            run();
        }

        void retry(Slot slot) {
            current.retries++;
            if (current.retries > slot.retries()) {
                log.debug("Gave up on slot {} of flow {}", slot.name(), current.flow.name());
                current.retries = 0;
                if (slot.onFail() != null) {
                    enter(slot.onFail());
                    run();
                } else if (takesAny(slot)) {
                    // Better a wider answer than a lost request: go on without this condition, and say so.
                    String said = flows.words().message("proceeding_any", turn.language());
                    if (!said.isBlank()) {
                        parts.add(new Reply.Text(said));
                    }
                    fill(slot, ANY);
                } else {
                    say("gave_up");
                    clear();
                    start(fallbackFlow(), Map.of());
                }
                return;
            }
            if (slot.invalid() != null) {
                parts.add(new Reply.Text(render(slot.invalid())));
            } else {
                say("invalid_" + slot.type().yamlName());
            }
            prompt(current.flow, slot);
        }

        void promptAgain() {
            asking().ifPresent(ask -> prompt(current.flow, current.flow.slots().get(ask.slot())));
        }

        Optional<Step.Ask> asking() {
            if (current == null) {
                return Optional.empty();
            }
            return current.flow.step(current.step).filter(Step.Ask.class::isInstance).map(Step.Ask.class::cast);
        }

        /** Steps through the current flow until it needs an answer or ends (resuming what it interrupted). */
        void run() {
            for (int guard = 0; guard < MAX_STEPS_PER_TURN && current != null; guard++) {
                Step step = current.flow.steps().get(current.step);
                if (step instanceof Step.Ask ask) {
                    String value = Optional.ofNullable(current.slots.get(ask.slot()))
                            .orElse(current.flow.slots().get(ask.slot()).defaultValue());
                    if (value == null) {
                        prompt(current.flow, current.flow.slots().get(ask.slot()));
                        return;
                    }
                    advance(step, value);
                } else if (step instanceof Step.Call call) {
                    advance(step, perform(call));
                } else if (step instanceof Step.Say say) {
                    String text = render(say.text() != null ? say.text() : current.flow.templates()
                            .get(say.template()));
                    if (!say.choices().isEmpty()) {
                        parts.add(new Reply.Choices(text, choices(current.flow, null, say.choices())));
                    } else if (!text.isEmpty()) {
                        parts.add(new Reply.Text(text));
                    }
                    advance(step, null);
                }
            }
            if (current != null) {
                log.warn("Flow {} ran {} steps in one turn; stopped it", current.flow.name(), MAX_STEPS_PER_TURN);
                clear();
            }
        }

        private String perform(Step.Call call) {
            DialogAction action = actions.get(call.action());
            if (action == null) {
                log.error("Flow {} calls unknown action {}", current.flow.name(), call.action());
                return ACTION_FAILED;
            }
            DialogAction.Result result;
            try {
                result = action.perform(new DialogAction.Context(turn.userId(), current.slots, turn.at(),
                        turn.language()));
            } catch (RuntimeException e) {
                log.error("Action {} in flow {} failed", call.action(), current.flow.name(), e);
                return ACTION_FAILED;
            }
            parts.addAll(result.parts());
            String chosen = result.values().get(DialogAction.ANSWER_LANGUAGE);
            if (chosen != null) {
                turn = new Turn(turn.userId(), turn.input(), turn.understanding(), turn.at(), chosen);
            }
            current.slots.putAll(result.values());
            log.debug("Action {} in flow {} answered {}", call.action(), current.flow.name(), result.outcome());
            return result.outcome();
        }

        private void advance(Step step, String key) {
            String target = step.after(key);
            if (target == null && step instanceof Step.Call call && call.gotoFlow() == null
                    && (!call.on().isEmpty() || key.equals(ACTION_FAILED)) && !call.on().containsKey(key)) {
                // An outcome the flow does not route (an error, a new outcome) must not end in silence.
                log.warn("Flow {} does not route outcome {} of {}", current.flow.name(), key, call.action());
                say("failed");
                finish();
                return;
            }
            if (target != null) {
                enter(target);
                return;
            }
            if (step.gotoFlow() != null) {
                Flow next = flows.named(step.gotoFlow()).orElseGet(this::fallbackFlow);
                // A step that is only a goto hands the message itself over, as if it had been sent to that flow.
                boolean handover = step instanceof Step.Say say && "".equals(say.text()) && say.choices().isEmpty();
                current = new Frame(next, next.firstStep(),
                        handover ? slotsFor(next, entityValues(next, said)) : Map.of(), 0);
                enter(next.firstStep());
                return;
            }
            finish();
        }

        /**
         * Moves to a step and sets its {@code set} values once, on the way in: a step gone back to by a correction
         * must not overwrite what the citizen just said.
         */
        private void enter(String stepId) {
            current.step = stepId;
            current.flow.step(stepId).ifPresent(step -> current.slots.putAll(step.set()));
        }

        /**
         * The flow is over: its slots go with it, and the flow it interrupted or the request it kept (if any)
         * carries on. A flow that kept a request says in its own words that it goes on with it.
         */
        private void finish() {
            if (current.flow.revisable() && suspended.isEmpty()) {
                ended = current;
            }
            boolean carriesOn = current.flow.keepsRequests() && current.slots.containsKey(KEPT_REQUEST);
            current = suspended.poll();
            if (current != null && !carriesOn) {
                say("resumed");
            }
        }

        private void prompt(Flow flow, Slot slot) {
            prompt(flow, slot, 1);
        }

        private int page(String written) {
            try {
                return Math.max(1, Integer.parseInt(written));
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        /**
         * Page {@code page} of a question's answers when they are more than LINE shows at once: the answers that
         * decline ({@code any}, {@code none}) on every page, and a button to the next page until the last.
         */
        private List<ChoiceSpec> onPage(Slot slot, int page) {
            List<ChoiceSpec> all = slot.choices();
            if (all.size() <= LineLimits.QUICK_REPLY_ITEMS) {
                return all;
            }
            List<ChoiceSpec> pinned = all.stream().filter(c -> ANY.equals(c.value()) || NONE.equals(c.value()))
                    .toList();
            List<ChoiceSpec> paged = all.stream().filter(c -> !pinned.contains(c)).toList();
            int size = LineLimits.QUICK_REPLY_ITEMS - 1 - pinned.size();
            int pages = (paged.size() + size - 1) / size;
            int shown = Math.min(page, pages);
            List<ChoiceSpec> choices = new ArrayList<>(paged.subList((shown - 1) * size,
                    Math.min(paged.size(), shown * size)));
            choices.addAll(pinned);
            if (shown < pages) {
                choices.add(new ChoiceSpec(engineWord("more_choices"), null, null, NEXT_PAGE, 0));
            }
            return choices;
        }

        private void prompt(Flow flow, Slot slot, int page) {
            String text = render(slot.prompt());
            if (slot.type() == SlotType.YES_NO && slot.choices().isEmpty()) {
                parts.add(new Reply.Confirm(text,
                        Reply.Choice.postback(engineWord("yes"), PostbackData.forSlot(flow.name(),
                                slot.name(), "yes")),
                        Reply.Choice.postback(engineWord("no"), PostbackData.forSlot(flow.name(),
                                slot.name(), "no"))));
            } else if (slot.choices().isEmpty()) {
                parts.add(new Reply.Text(text));
            } else {
                parts.add(new Reply.Choices(text, choices(flow, slot.name(), onPage(slot, page), page)));
            }
        }

        /** A word of {@code dialogs/conversation.yml} in the turn's language. */
        private String engineWord(String key) {
            return flows.words().message(key, turn.language());
        }

        /**
         * Adds the engine's sentence {@code key} of {@code dialogs/conversation.yml} in the turn's language; without
         * that file (engine tests, diagrams) the engine has no sentences of its own and says nothing.
         */
        void say(String key) {
            String said = engineWord(key);
            if (!said.isBlank()) {
                parts.add(new Reply.Text(said));
            }
        }

        private List<Reply.Choice> choices(Flow flow, String slot, List<ChoiceSpec> specs) {
            return choices(flow, slot, specs, 1);
        }

        private List<Reply.Choice> choices(Flow flow, String slot, List<ChoiceSpec> specs, int page) {
            List<Reply.Choice> choices = new ArrayList<>();
            for (ChoiceSpec written : specs) {
                if (NEXT_PAGE.equals(written.pick()) && slot != null) {
                    choices.add(Reply.Choice.postback(written.label(), PostbackData.forPage(flow.name(), slot,
                            page + 1)));
                    continue;
                }
                ChoiceSpec spec = new ChoiceSpec(flow.text(written.label(), turn.language()), written.value(),
                        written.intent(), written.pick(), written.line());
                if (spec.intent() != null) {
                    choices.add(Reply.Choice.postback(spec.label(), PostbackData.forIntent(spec.intent(),
                            Map.of())));
                } else if (LOCATION.equals(spec.pick())) {
                    choices.add(new Reply.Choice(spec.label(), new Reply.Action.ShareLocation()));
                } else if ("date".equals(spec.pick()) && slot != null) {
                    choices.add(new Reply.Choice(spec.label(), new Reply.Action.PickDate(
                            PostbackData.forSlot(flow.name(), slot, null), Reply.PickerMode.DATE)));
                } else if (spec.value() != null && slot != null) {
                    choices.add(Reply.Choice.postback(spec.label(), PostbackData.forSlot(flow.name(), slot,
                            spec.value())));
                } else {
                    choices.add(Reply.Choice.says(spec.label()));
                }
            }
            return choices;
        }

        /** Fills the placeholders; an empty optional field leaves out its line (see {@link Templates#fill}). */
        private String render(String template) {
            if (template == null) {
                return "";
            }
            Map<String, String> values = current == null ? Map.of() : current.slots;
            String text = current == null ? template : current.flow.text(template, turn.language());
            return Templates.fill(text, name -> values.getOrDefault(name, ""));
        }

        private Map<String, String> entityValues(Flow flow, Slots entities) {
            Map<String, String> values = new LinkedHashMap<>();
            flow.slots().values().forEach(slot -> {
                String value = switch (slot.type()) {
                    case CATEGORY -> entities.category();
                    case DISTRICT -> entities.district();
                    case DATE -> entities.date() == null ? null : SlotReader.dateValue(entities.date());
                    case KIND -> entities.kind();
                    // The catalog name the understanding found is the item meant, not the whole sentence around it.
                    case CATALOG_ID -> NameKind.parse(slot.name()).map(entities::named).orElse(null);
                    default -> null;
                };
                if (value != null) {
                    values.put(slot.name(), value);
                }
            });
            return values;
        }

        Outcome outcome(Instant now) {
            Reply reply = new Reply(compact(parts));
            if (current == null && ended != null) {
                return new Outcome(Optional.of(new DialogState(null, null, Map.of(), now, List.of(), 0,
                        new DialogState.Suspended(ended.flow.name(), ended.step, ended.slots, 0))), reply);
            }
            if (current == null) {
                return new Outcome(Optional.empty(), reply);
            }
            List<DialogState.Suspended> waiting = new ArrayList<>();
            suspended.descendingIterator().forEachRemaining(frame -> waiting.add(new DialogState.Suspended(
                    frame.flow.name(), frame.step, frame.slots, frame.retries)));
            return new Outcome(Optional.of(new DialogState(current.flow.name(), current.step, current.slots, now,
                    waiting, current.retries)), reply);
        }
    }

    /**
     * Joins neighbouring texts (and a text before quick replies) so an answer stays within LINE's five messages
     * and reads as one thought.
     */
    static List<Reply.Part> compact(List<Reply.Part> parts) {
        List<Reply.Part> out = new ArrayList<>();
        for (Reply.Part part : parts) {
            Reply.Part last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last instanceof Reply.Text before && part instanceof Reply.Text text) {
                out.set(out.size() - 1, new Reply.Text(before.text() + "\n\n" + text.text()));
            } else if (last instanceof Reply.Text before && part instanceof Reply.Choices choices) {
                out.set(out.size() - 1, new Reply.Choices(before.text() + "\n\n" + choices.text(),
                        choices.choices()));
            } else {
                out.add(part);
            }
        }
        if (out.size() > LineLimits.MESSAGES_PER_REQUEST) {
            log.warn("An answer had {} messages; LINE sends {}", out.size(), LineLimits.MESSAGES_PER_REQUEST);
            return List.copyOf(out.subList(out.size() - LineLimits.MESSAGES_PER_REQUEST, out.size()));
        }
        return out;
    }
}
