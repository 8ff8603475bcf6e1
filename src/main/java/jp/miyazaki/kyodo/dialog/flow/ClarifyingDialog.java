package jp.miyazaki.kyodo.dialog.flow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.miyazaki.kyodo.dialog.Dialog;
import jp.miyazaki.kyodo.dialog.DialogState;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Turn;
import jp.miyazaki.kyodo.dialog.UserInput;
import jp.miyazaki.kyodo.nlu.Clarification;
import jp.miyazaki.kyodo.nlu.IntentLabels;
import jp.miyazaki.kyodo.nlu.IntentScore;
import jp.miyazaki.kyodo.nlu.UnansweredReview;
import jp.miyazaki.kyodo.nlu.Understanding;

/**
 * Asks 「〜ということですか？」 instead of starting a flow on a guess: a request (no question of a flow open) whose
 * intent is unsure or close to another gets the likeliest intents as buttons and 「ちがう」. A button runs the message
 * again as that intent, with everything else it said, exactly as if it had been understood so; 「ちがう」 answers it
 * as the fallback does and keeps it for staff review. Everything else goes to the flows unchanged.
 */
public final class ClarifyingDialog implements Dialog {

    /** The postback field of the question's buttons: the time it was asked, in epoch milliseconds. */
    static final String CLARIFY = "clarify";
    private static final Logger log = LoggerFactory.getLogger(ClarifyingDialog.class);

    private final Dialog flows;
    private final Supplier<FlowSet> flowSet;
    private final IntentLabels labels;
    private final ClarificationSettings settings;
    private final Optional<UnansweredReview> review;

    public ClarifyingDialog(Dialog flows, Supplier<FlowSet> flowSet, IntentLabels labels,
            ClarificationSettings settings, Optional<UnansweredReview> review) {
        this.flows = flows;
        this.flowSet = flowSet;
        this.labels = labels;
        this.settings = settings;
        this.review = review;
    }

    @Override
    public Outcome respond(DialogState state, Turn turn) {
        DialogState current = state == null ? DialogState.fresh(turn.at().toInstant()) : state;
        DialogState.Clarifying pending = current.clarifying();
        DialogState rest = current.withoutClarifying();
        if (turn.input() instanceof UserInput.Postback postback && pending != null) {
            Optional<Outcome> answered = answer(pending, rest, turn, PostbackData.decode(postback.data()));
            if (answered.isPresent()) {
                return answered.get();
            }
        }
        if (turn.input() instanceof UserInput.Text text && turn.understanding().isPresent()
                && atTopLevel(rest, text.text())) {
            Understanding understood = turn.understanding().get();
            FlowSet set = flowSet.get();
            List<IntentScore> candidates = settings.rule().candidates(understood, offered(set));
            if (!candidates.isEmpty()) {
                log.debug("Asking which of {} a message means", candidates.stream().map(IntentScore::name).toList());
                Instant now = turn.at().toInstant();
                List<String> offered = candidates.stream().map(IntentScore::name).toList();
                return new Outcome(Optional.of(rest.touchedAt(now).clarifying(
                        new DialogState.Clarifying(text.text(), understood, offered, now))),
                        Reply.of(question(set, offered, now, turn.language())));
            }
        }
        return flows.respond(rest, turn);
    }

    /** The answer to the pending question, if this button is one of its own. */
    private Optional<Outcome> answer(DialogState.Clarifying pending, DialogState rest, Turn turn,
            Map<String, String> data) {
        String meant = data.get(PostbackData.INTENT);
        boolean own = String.valueOf(pending.askedAt().toEpochMilli()).equals(data.get(CLARIFY));
        boolean fresh = !pending.askedAt().plus(settings.expiry()).isBefore(turn.at().toInstant());
        if (!own || !fresh || meant == null) {
            return Optional.empty();
        }
        Understanding understood = pending.understanding();
        if (meant.equals(Understanding.FALLBACK)) {
            review.ifPresent(unanswered -> unanswered.declined(pending.text(), understood));
            return Optional.of(replay(pending, rest, turn, as(understood, Understanding.FALLBACK)));
        }
        if (!pending.offered().contains(meant)) {
            return Optional.empty();
        }
        return Optional.of(replay(pending, rest, turn, as(understood, meant)));
    }

    /** The message as it came, now understood as {@code intent}, in the state from before the question. */
    private Outcome replay(DialogState.Clarifying pending, DialogState rest, Turn turn, Understanding understood) {
        return flows.respond(rest, new Turn(turn.userId(), new UserInput.Text(pending.text()),
                Optional.of(understood), turn.at(), turn.language()));
    }

    private static Understanding as(Understanding understood, String intent) {
        double confidence = understood.ranking().stream().filter(score -> score.name().equals(intent))
                .mapToDouble(IntentScore::confidence).findFirst().orElse(0);
        return new Understanding(new IntentScore(intent, confidence), understood.ranking(), understood.slots(),
                understood.tokens());
    }

    /**
     * Whether the message is a new request: no flow waits for an answer, and it does not correct or change the
     * search just shown (the flows read 「やっぱり高岡で」「地域を変える」 after results themselves).
     */
    private boolean atTopLevel(DialogState state, String text) {
        if (state.inFlow() || !state.suspended().isEmpty()) {
            return false;
        }
        ConversationWords words = flowSet.get().words();
        return state.recent() == null || !words.marksCorrection(text) && words.changeAsked(text).isEmpty();
    }

    private Predicate<String> offered(FlowSet set) {
        return intent -> labels.has(intent) && set.forIntent(intent).isPresent();
    }

    private Reply.Part question(FlowSet set, List<String> offered, Instant askedAt, String language) {
        ConversationWords words = set.words();
        String asked = Long.toString(askedAt.toEpochMilli());
        List<Reply.Choice> choices = new ArrayList<>();
        for (String intent : offered) {
            choices.add(Reply.Choice.postback(labels.label(intent, language).orElse(intent), data(intent, asked)));
        }
        choices.add(Reply.Choice.postback(words.message("clarify_none", language),
                data(Understanding.FALLBACK, asked)));
        String text = offered.size() == 1
                ? Templates.fill(words.message("clarify_one", language),
                        name -> labels.label(offered.get(0), language).orElse(""))
                : words.message("clarify_several", language);
        return new Reply.Choices(text, choices);
    }

    private static String data(String intent, String asked) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(PostbackData.INTENT, intent);
        fields.put(CLARIFY, asked);
        return PostbackData.encode(fields);
    }
}
