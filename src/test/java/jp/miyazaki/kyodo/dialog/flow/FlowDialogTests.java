package jp.miyazaki.kyodo.dialog.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.miyazaki.kyodo.dialog.Dialog;
import jp.miyazaki.kyodo.dialog.DialogAction;
import jp.miyazaki.kyodo.dialog.DialogState;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Turn;
import jp.miyazaki.kyodo.dialog.UserInput;
import jp.miyazaki.kyodo.nlu.IntentScore;
import jp.miyazaki.kyodo.nlu.Slots;
import jp.miyazaki.kyodo.nlu.Understanding;
import tools.jackson.databind.json.JsonMapper;

/** Engine semantics on small flows written for the test, independent of the shipped ones. */
class FlowDialogTests {

    /** The engine's own sentences come from the shipped conversation.yml, which the tests' flows lack. */
    private static final ConversationWords ENGINE = ShippedFlows.engineSentences();
    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-26T10:00:00+09:00[Asia/Tokyo]");

    @TempDir
    Path dir;

    private final List<Map<String, String>> orders = new ArrayList<>();
    private String kitchenOutcome = "ok";
    private FlowDialog dialog;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("flows"));
        Files.writeString(dir.resolve("intents.yml"), """
                intents:
                  - name: order.food
                  - name: opening.hours
                """);
        Files.writeString(dir.resolve("flows/fallback.yml"), """
                flow: fallback
                triggers: [fallback]
                steps:
                  menu:
                    say: メニューです。
                    choices: [{label: {ja: 注文, en: Order}, intent: order.food}]
                """);
        Files.writeString(dir.resolve("flows/hours.yml"), """
                flow: hours
                triggers: [opening.hours]
                steps:
                  answer:
                    say: {ja: 営業は10時からです。, en: We open at 10., ja-easy: 10じから あいて います。}
                """);
        Files.writeString(dir.resolve("flows/order.yml"), """
                flow: order
                triggers: [order.food]
                slots:
                  day:
                    type: date
                    prompt: いつですか？
                    choices: [{label: 日付を選ぶ, pick: date}]
                  count:
                    type: number
                    prompt: いくつですか？
                    min: 1
                steps:
                  ask_day:
                    ask: day
                    next: ask_count
                  ask_count:
                    ask: count
                    next: make
                  make:
                    action: kitchen.make
                    values: [ticket]
                    on: {ok: done}
                  done:
                    say: 注文番号は{{ticket}}です。
                """);
        FlowSet written = new FlowLoader().load(dir, Optional.of(Map.of("kitchen.make", Set.of("ok"))));
        FlowSet flows = new FlowSet(written.all(), ENGINE);
        DialogAction kitchen = new DialogAction() {
            @Override
            public String name() {
                return "kitchen.make";
            }

            @Override
            public Set<String> outcomes() {
                return Set.of("ok");
            }

            @Override
            public Result perform(Context context) {
                if ("boom".equals(kitchenOutcome)) {
                    throw new IllegalStateException("the oven is off");
                }
                orders.add(context.slots());
                return new Result(kitchenOutcome, Map.of("ticket", "T-7"), List.of());
            }
        };
        dialog = new FlowDialog(() -> flows, List.of(kitchen), new DialogSettings(Duration.ofMinutes(30), 1, 0.7,
                false));
    }

    @Test
    void aDatePickerFillsADateSlotAndTheActionSeesOnlyTheFlowsSlots() {
        Dialog.Outcome asked = say(DialogState.fresh(NOW.toInstant()), "注文したい", "order.food");
        assertThat(asked.reply().parts()).singleElement().isInstanceOfSatisfying(Reply.Choices.class,
                choices -> assertThat(choices.choices().get(0).action()).isEqualTo(new Reply.Action.PickDate(
                        "flow=order&slot=day", Reply.PickerMode.DATE)));

        Dialog.Outcome picked = dialog.respond(asked.next().orElseThrow(), new Turn("U1", new UserInput.Postback(
                "flow=order&slot=day", Map.of("date", "2026-11-28")), Optional.empty(), NOW));
        assertThat(picked.next()).map(DialogState::slots).hasValue(Map.of("day", "2026-11-28/2026-11-28"));

        Dialog.Outcome done = say(picked.next().orElseThrow(), "2つ", Understanding.FALLBACK);

        assertThat(text(done)).isEqualTo("注文番号はT-7です。");
        assertThat(orders).containsExactly(Map.of("day", "2026-11-28/2026-11-28", "count", "2"));
        assertThat(done.next()).as("the slots go when the flow ends").isEmpty();
    }

    @Test
    void anOutcomeTheFlowDoesNotRouteIsAnsweredPolitely() {
        kitchenOutcome = "burnt";

        Dialog.Outcome outcome = orderTwo();

        assertThat(text(outcome)).isEqualTo("すみません、うまく処理できませんでした。しばらくしてから、もう一度お試しください。");
        assertThat(outcome.next()).isEmpty();
    }

    @Test
    void aFailingActionIsAnsweredPolitely() {
        kitchenOutcome = "boom";

        assertThat(text(orderTwo())).isEqualTo("すみません、うまく処理できませんでした。しばらくしてから、もう一度お試しください。");
    }

    @Test
    void aSideQuestionIsAnsweredAndTheQuestionAskedAgain() {
        Dialog.Outcome asked = say(DialogState.fresh(NOW.toInstant()), "明日注文したい", "order.food",
                new Slots(null, null, jp.miyazaki.kyodo.nlu.DateRange.day(NOW.toLocalDate().plusDays(1))));
        assertThat(asked.next()).map(DialogState::step).hasValue("ask_count");

        Dialog.Outcome answered = say(asked.next().orElseThrow(), "何時から？", "opening.hours");

        assertThat(text(answered)).isEqualTo("営業は10時からです。\n\n" + "それでは、先ほどの続きです。" + "\n\nいくつですか？");
        assertThat(answered.next()).map(DialogState::step).hasValue("ask_count");
        assertThat(answered.next()).map(DialogState::slots).hasValue(Map.of("day", "2026-11-27/2026-11-27"));
    }

    @Test
    void stateOfAFlowRemovedByAReloadStartsAfresh() {
        DialogState stale = new DialogState("gone", "somewhere", Map.of("x", "1"), NOW.toInstant());

        Dialog.Outcome outcome = say(stale, "???", Understanding.FALLBACK);

        assertThat(text(outcome)).isEqualTo("メニューです。");
        assertThat(outcome.next()).isEmpty();
    }

    @Test
    void unfollowAnswersNothingAndForgetsTheConversation() {
        DialogState inFlow = say(DialogState.fresh(NOW.toInstant()), "注文", "order.food").next().orElseThrow();

        Dialog.Outcome outcome = dialog.respond(inFlow, new Turn("U1", new UserInput.Unfollow(), Optional.empty(),
                NOW));

        assertThat(outcome.reply().isEmpty()).isTrue();
        assertThat(outcome.next()).isEmpty();
    }

    @Test
    void theStateSurvivesJsonAsTheSessionStoreKeepsIt() {
        DialogState ordering = say(DialogState.fresh(NOW.toInstant()), "注文", "order.food").next().orElseThrow();
        DialogState withSuspended = new DialogState("hours", "answer", Map.of(), NOW.toInstant(),
                List.of(new DialogState.Suspended(ordering.flow(), ordering.step(), Map.of("day", "x"), 1)), 0);
        JsonMapper json = JsonMapper.builder().findAndAddModules().build();

        DialogState read = json.readValue(json.writeValueAsString(withSuspended), DialogState.class);

        assertThat(read).isEqualTo(withSuspended);
    }

    @Test
    void aSharedLocationWithoutAFlowForItIsUnreadableAndTheQuestionIsAskedAgain() {
        DialogState asking = orderTwoAsked();

        Dialog.Outcome outcome = dialog.respond(asking, location(32.03, 131.428));

        assertThat(text(outcome)).isEqualTo("すみません、スタンプや画像などは読み取れません。テキストで送ってください。" + "\n\nいくつですか？");
        assertThat(outcome.next()).map(DialogState::step).hasValue("ask_count");
    }

    @Test
    void aSharedLocationAnswersItsFlowsQuestionOrStartsItAndCuesTakeOverOnlyTheirIntents() throws IOException {
        Files.writeString(dir.resolve("flows/delivery.yml"), """
                flow: delivery
                events: [location]
                interruption: discard
                cues:
                  intents: [order.food]
                  words: [近くの]
                slots:
                  location:
                    type: choice
                    prompt: 場所を送ってください。
                    choices: [{label: 位置情報を送る, pick: location}]
                  address:
                    type: text
                    prompt: 住所は？
                steps:
                  ask_location:
                    ask: location
                    next: done
                  done:
                    say: "{{location}}へ届けます。\\n住所：{{address}}"
                """);
        FlowSet written = new FlowLoader().load(dir, Optional.of(Map.of("kitchen.make", Set.of("ok"))));
        FlowSet flows = new FlowSet(written.all(), ENGINE);
        dialog = new FlowDialog(() -> flows, List.of(), new DialogSettings(Duration.ofMinutes(30), 1, 0.7, false));

        Dialog.Outcome asked = say(DialogState.fresh(NOW.toInstant()), "近くの店に注文したい", "order.food");
        assertThat(asked.reply().parts()).singleElement().isInstanceOfSatisfying(Reply.Choices.class, choices ->
                assertThat(choices.choices()).containsExactly(new Reply.Choice("位置情報を送る",
                        new Reply.Action.ShareLocation())));
        Dialog.Outcome answered = dialog.respond(asked.next().orElseThrow(), new Turn("U1",
                new UserInput.Location(32.03, 131.428, "宮崎市佐土原町"), Optional.empty(), NOW));
        assertThat(text(answered)).isEqualTo("32.03,131.428へ届けます。\n住所：宮崎市佐土原町");

        DialogState ordering = say(DialogState.fresh(NOW.toInstant()), "注文", "order.food").next().orElseThrow();
        Dialog.Outcome started = dialog.respond(ordering, location(31.9, 131.4));
        assertThat(text(started)).isEqualTo("31.9,131.4へ届けます。");
        assertThat(started.next()).as("the order it interrupted is dropped (discard)").isEmpty();

        assertThat(text(say(DialogState.fresh(NOW.toInstant()), "近くの店は何時から？", "opening.hours")))
                .isEqualTo("営業は10時からです。");
        assertThat(text(say(DialogState.fresh(NOW.toInstant()), "近くの店に注文", "order.food",
                new Slots(null, "青島", null)))).isEqualTo("いつですか？");
    }

    private static Turn location(double latitude, double longitude) {
        return new Turn("U1", new UserInput.Location(latitude, longitude, null), Optional.empty(), NOW);
    }

    private DialogState orderTwoAsked() {
        return say(DialogState.fresh(NOW.toInstant()), "明日注文", "order.food",
                new Slots(null, null, jp.miyazaki.kyodo.nlu.DateRange.day(NOW.toLocalDate().plusDays(1))))
                .next().orElseThrow();
    }

    private Dialog.Outcome orderTwo() {
        Dialog.Outcome asked = say(DialogState.fresh(NOW.toInstant()), "明日注文", "order.food",
                new Slots(null, null, jp.miyazaki.kyodo.nlu.DateRange.day(NOW.toLocalDate().plusDays(1))));
        return say(asked.next().orElseThrow(), "2", Understanding.FALLBACK);
    }

    @Test
    void answersInTheTurnsLanguageWithJapaneseWhereATextHasNoneOfIt() {
        IntentScore hours = new IntentScore("opening.hours", 0.9);
        IntentScore unknown = new IntentScore(Understanding.FALLBACK, 0.9);

        Dialog.Outcome english = dialog.respond(null, new Turn("U1", new UserInput.Text("hours?"), Optional.of(
                new Understanding(hours, List.of(hours), Slots.NONE, List.of())), NOW, "en"));
        Dialog.Outcome easy = dialog.respond(null, new Turn("U1", new UserInput.Text("hours?"), Optional.of(
                new Understanding(hours, List.of(hours), Slots.NONE, List.of())), NOW, "ja-easy"));
        Dialog.Outcome menu = dialog.respond(null, new Turn("U1", new UserInput.Text("what?"), Optional.of(
                new Understanding(unknown, List.of(unknown), Slots.NONE, List.of())), NOW, "en"));

        assertThat(text(english)).isEqualTo("We open at 10.");
        assertThat(text(easy)).isEqualTo("10じから あいて います。");
        assertThat(text(menu)).isEqualTo("メニューです。");
        assertThat(((Reply.Choices) menu.reply().parts().get(0)).choices().get(0).label()).isEqualTo("Order");
        assertThat(text(say(null, "注文", Understanding.FALLBACK))).isEqualTo("メニューです。");
    }

    private Dialog.Outcome say(DialogState state, String text, String intent) {
        return say(state, text, intent, Slots.NONE);
    }

    private Dialog.Outcome say(DialogState state, String text, String intent, Slots slots) {
        IntentScore score = new IntentScore(intent, 0.9);
        return dialog.respond(state, new Turn("U1", new UserInput.Text(text), Optional.of(new Understanding(score,
                List.of(score), slots, List.of())), NOW));
    }

    private static String text(Dialog.Outcome outcome) {
        return outcome.reply().parts().stream().map(part -> part instanceof Reply.Text t ? t.text()
                : part instanceof Reply.Choices c ? c.text() : part.toString()).reduce((a, b) -> a + "|" + b)
                .orElse("");
    }
}
