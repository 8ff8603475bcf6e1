package jp.miyazaki.kyodo.dialog.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.miyazaki.kyodo.dialog.Dialog;
import jp.miyazaki.kyodo.dialog.DialogState;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Turn;
import jp.miyazaki.kyodo.dialog.UserInput;
import jp.miyazaki.kyodo.dialog.flow.ClarificationSettings;
import jp.miyazaki.kyodo.dialog.flow.ClarifyingDialog;
import jp.miyazaki.kyodo.dialog.flow.DialogSettings;
import jp.miyazaki.kyodo.dialog.flow.FlowDialog;
import jp.miyazaki.kyodo.dialog.flow.FlowSet;
import jp.miyazaki.kyodo.dialog.flow.ShippedFlows;
import jp.miyazaki.kyodo.nlu.IntentLabels;
import jp.miyazaki.kyodo.nlu.IntentScore;
import jp.miyazaki.kyodo.nlu.MorphologicalAnalyzer;
import jp.miyazaki.kyodo.nlu.PersonalDataMask;
import jp.miyazaki.kyodo.nlu.Slots;
import jp.miyazaki.kyodo.nlu.UnansweredLog;
import jp.miyazaki.kyodo.nlu.UnansweredReview;
import jp.miyazaki.kyodo.nlu.UnansweredUtterance;
import jp.miyazaki.kyodo.nlu.Understanding;

/** The question 「〜ということですか？」 in front of the shipped flows, with in-memory actions. */
class ClarifyingDialogTests {

    private static final ZonedDateTime AT = ConversationRunner.DEFAULT_START.toZonedDateTime();
    private static final String MESSAGE = "環境のボランティアの集まりを探してる";
    private static final Slots ENVIRONMENT_VOLUNTEERING = new Slots("environment", null, null, "volunteer", null,
            null);

    @TempDir
    static Path dialogsDir;
    private static FlowSet flows;

    private final List<UnansweredUtterance> unanswered = new ArrayList<>();
    private FlowDialog plain;
    private Dialog dialog;

    @BeforeAll
    static void loadFlows() {
        flows = ShippedFlows.load(dialogsDir);
    }

    @BeforeEach
    void wire() {
        plain = new FlowDialog(() -> flows, new InMemoryActions(AT.toLocalDate()).all(), DialogSettings.defaults());
        UnansweredLog log = new UnansweredLog() {
            @Override
            public void record(UnansweredUtterance utterance) {
                unanswered.add(utterance);
            }

            @Override
            public List<UnansweredUtterance> recent(int limit) {
                return unanswered;
            }
        };
        dialog = new ClarifyingDialog(plain, () -> flows, IntentLabels.load(Path.of("dialogs", "intents.yml")),
                ClarificationSettings.defaults(), Optional.of(new UnansweredReview(log,
                        new PersonalDataMask(new MorphologicalAnalyzer()), 0.6, Clock.fixed(AT.toInstant(),
                                ZoneOffset.UTC))));
    }

    @Test
    void twoCloseIntentsAreAskedAboutWithTheirLabelsAndNoneOfThese() {
        Dialog.Outcome asked = dialog.respond(null, text(MESSAGE, close()));

        Reply.Choices question = (Reply.Choices) asked.reply().parts().get(0);
        assertThat(question.text()).isEqualTo("次のどれのことですか？");
        assertThat(question.choices()).extracting(Reply.Choice::label).containsExactly("団体を探す", "活動を探す",
                "ちがう");
        assertThat(asked.next()).hasValueSatisfying(state -> {
            assertThat(state.inFlow()).isFalse();
            assertThat(state.clarifying().text()).isEqualTo(MESSAGE);
        });
    }

    @Test
    void aMiddlingIntentAloneIsAskedAboutByName() {
        Understanding middling = understanding(ENVIRONMENT_VOLUNTEERING, score("activity.search", 0.48),
                score(Understanding.FALLBACK, 0.40), score("group.search", 0.05));

        Reply.Choices question = (Reply.Choices) dialog.respond(null, text(MESSAGE, middling)).reply().parts().get(0);

        assertThat(question.text()).isEqualTo("「活動を探す」ということですか？");
        assertThat(question.choices()).extracting(Reply.Choice::label).containsExactly("活動を探す", "ちがう");
    }

    @Test
    void theQuestionIsInTheCitizensLanguage() {
        Turn english = new Turn("U-1", new UserInput.Text(MESSAGE), Optional.of(close()), AT, "en");

        Reply.Choices question = (Reply.Choices) dialog.respond(null, english).reply().parts().get(0);

        assertThat(question.text()).isEqualTo("Which of these did you mean?");
        assertThat(question.choices()).extracting(Reply.Choice::label).containsExactly("Find groups",
                "Find activities", "None of these");
    }

    @Test
    void tappingAnIntentDoesExactlyWhatThatUnderstandingWouldHaveDone() {
        Dialog.Outcome asked = dialog.respond(null, text(MESSAGE, close()));
        ZonedDateTime later = AT.plusSeconds(20);

        Dialog.Outcome tapped = dialog.respond(asked.next().orElseThrow(), tap(asked, "活動を探す", later));
        Dialog.Outcome understood = plain.respond(null, new Turn("U-1", new UserInput.Text(MESSAGE),
                Optional.of(understanding(ENVIRONMENT_VOLUNTEERING, score("activity.search", 0.47))), later));

        assertThat(tapped.reply()).isEqualTo(understood.reply());
        assertThat(tapped.next()).isEqualTo(understood.next());
        assertThat(ConversationRunner.describe(tapped.reply())).contains("青島海岸クリーンアップ");
    }

    @Test
    void noneOfTheseAnswersAsTheFallbackAndKeepsTheMessageForReviewOnce() {
        Understanding sure = understanding(ENVIRONMENT_VOLUNTEERING, score("group.search", 0.66),
                score("activity.search", 0.60));
        Dialog.Outcome asked = dialog.respond(null, text(MESSAGE, sure));

        Dialog.Outcome declined = dialog.respond(asked.next().orElseThrow(), tap(asked, "ちがう", AT.plusSeconds(20)));

        assertThat(ConversationRunner.describe(declined.reply())).contains("うまく理解できませんでした");
        assertThat(ConversationRunner.buttons(declined.reply())).extracting(Reply.Choice::label)
                .contains("活動を探す", "相談する");
        assertThat(unanswered).extracting(UnansweredUtterance::maskedText).containsExactly(MESSAGE);
    }

    @Test
    void aButtonOfAnOlderOrExpiredQuestionStartsItsFlowWithoutTheMessage() {
        Dialog.Outcome first = dialog.respond(null, text(MESSAGE, close()));
        Dialog.Outcome second = dialog.respond(first.next().orElseThrow(), new Turn("U-1",
                new UserInput.Text("子育ての集まりを探してる"), Optional.of(understanding(new Slots("childcare", null,
                        null), score("group.search", 0.52), score("activity.search", 0.45))), AT.plusSeconds(10)));

        Dialog.Outcome old = dialog.respond(second.next().orElseThrow(), tap(first, "活動を探す", AT.plusSeconds(30)));
        Dialog.Outcome expired = dialog.respond(first.next().orElseThrow(), tap(first, "活動を探す",
                AT.plusMinutes(11)));

        for (Dialog.Outcome plainStart : List.of(old, expired)) {
            assertThat(ConversationRunner.describe(plainStart.reply())).contains("どの分野の活動をお探しですか？");
            assertThat(plainStart.next()).map(DialogState::flow).hasValue("activity-search");
        }
    }

    @Test
    void anAnswerToAFlowsQuestionIsNeverAskedAbout() {
        Dialog.Outcome asking = dialog.respond(null, text("活動を探したい",
                understanding(Slots.NONE, score("activity.search", 0.95))));
        assertThat(asking.next()).map(DialogState::step).hasValue("ask_category");

        Dialog.Outcome answered = dialog.respond(asking.next().orElseThrow(), text(MESSAGE, close()));

        assertThat(ConversationRunner.describe(answered.reply())).doesNotContain("次のどれのことですか？");
    }

    @Test
    void aCorrectionOfTheSearchJustShownIsNotAskedAbout() {
        Dialog.Outcome searched = dialog.respond(null, text("環境のボランティア",
                understanding(ENVIRONMENT_VOLUNTEERING, score("activity.search", 0.95))));
        assertThat(searched.next()).hasValueSatisfying(state -> assertThat(state.recent()).isNotNull());

        Dialog.Outcome corrected = dialog.respond(searched.next().orElseThrow(), text("やっぱり子育ての団体で",
                understanding(new Slots("childcare", null, null), score("group.search", 0.50),
                        score("activity.search", 0.45))));

        assertThat(ConversationRunner.describe(corrected.reply())).doesNotContain("次のどれのことですか？");
    }

    private static Understanding close() {
        return understanding(ENVIRONMENT_VOLUNTEERING, score("group.search", 0.53), score("activity.search", 0.46));
    }

    private static Turn text(String text, Understanding understanding) {
        return new Turn("U-1", new UserInput.Text(text), Optional.of(understanding), AT);
    }

    private static Turn tap(Dialog.Outcome asked, String label, ZonedDateTime at) {
        Reply.Choice choice = ConversationRunner.buttons(asked.reply()).stream()
                .filter(button -> button.label().equals(label)).findFirst().orElseThrow();
        return new Turn("U-1", new UserInput.Postback(((Reply.Action.Send) choice.action()).data(), Map.of()),
                Optional.empty(), at);
    }

    private static IntentScore score(String intent, double confidence) {
        return new IntentScore(intent, confidence);
    }

    private static Understanding understanding(Slots slots, IntentScore... ranking) {
        return new Understanding(ranking[0], List.of(ranking), slots, List.of());
    }
}
