package jp.miyazaki.kyodo.dialog.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

import jp.miyazaki.kyodo.dialog.Dialog;
import jp.miyazaki.kyodo.dialog.DialogState;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Turn;
import jp.miyazaki.kyodo.dialog.UserInput;
import jp.miyazaki.kyodo.nlu.LanguageUnderstanding;
import jp.miyazaki.kyodo.shared.CityTime;

/**
 * Plays one conversation script (see {@code src/test/resources/conversations/README.md}) against a dialog and a
 * language understanding, checking each answer and LINE's limits. The session is kept in memory the way the
 * session store keeps it: an outcome without a next state forgets the conversation.
 */
final class ConversationRunner {
    static final OffsetDateTime DEFAULT_START = OffsetDateTime.parse("2026-11-26T10:00:00+09:00");

    /**
     * How the app decides the language of a turn (CitizenLanguage: the citizen's choice, else the message's script,
     * else the LINE profile), for scripts that say {@code profile_language} instead of a fixed {@code language}.
     */
    @FunctionalInterface
    interface TurnLanguage {
        String of(String userId, UserInput input, Instant now);
    }

    private final Dialog dialog;
    private final LanguageUnderstanding understanding;
    private final Optional<TurnLanguage> turnLanguage;

    ConversationRunner(Dialog dialog, LanguageUnderstanding understanding) {
        this(dialog, understanding, null);
    }

    ConversationRunner(Dialog dialog, LanguageUnderstanding understanding, TurnLanguage turnLanguage) {
        this.dialog = dialog;
        this.understanding = understanding;
        this.turnLanguage = Optional.ofNullable(turnLanguage);
    }

    /** The scripts ({@code *.yml}) directly in {@code folder}, by name. */
    static List<Path> scripts(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
        }
    }

    static Map<String, Object> read(Path script) throws IOException {
        try (Reader reader = Files.newBufferedReader(script)) {
            return new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    void play(Map<String, Object> script) {
        String userId = String.valueOf(script.getOrDefault("user", "U-conversation-test"));
        // The language the citizen is answered in (what CitizenLanguage decides), ja unless the script says.
        String language = String.valueOf(script.getOrDefault("language", "ja"));
        boolean decided = script.containsKey("profile_language");
        if (decided && (turnLanguage.isEmpty() || script.containsKey("language"))) {
            throw new AssertionError("profile_language needs the app's CitizenLanguage (conversations/app) and no "
                    + "fixed language");
        }
        ZonedDateTime now = startOf(script).atZoneSameInstant(CityTime.ZONE);
        DialogState state = DialogState.fresh(now.toInstant());
        Reply last = Reply.NONE;
        int number = 0;
        for (Map<String, Object> step : (List<Map<String, Object>>) script.get("turns")) {
            number++;
            if (step.containsKey("wait")) {
                now = now.plus(Duration.parse(String.valueOf(step.get("wait"))));
            }
            now = now.plusSeconds(10);
            Optional<UserInput> input = input(step, last);
            if (input.isEmpty()) {
                continue;
            }
            Optional<jp.miyazaki.kyodo.nlu.Understanding> understood = input.get() instanceof UserInput.Text text
                    ? Optional.of(understanding.parse(text.text(), now)) : Optional.empty();
            String answeredIn = decided ? turnLanguage.get().of(userId, input.get(), now.toInstant()) : language;
            Dialog.Outcome outcome = dialog.respond(state, new Turn(userId, input.get(), understood, now,
                    answeredIn));
            String where = "turn " + number + " (" + describe(input.get()) + ") answered:\n"
                    + describe(outcome.reply()) + "\n";
            LineConformance.check(outcome.reply());
            expect(step, outcome, where);
            state = outcome.next().orElse(DialogState.fresh(now.toInstant()));
            last = outcome.reply();
        }
    }

    private static OffsetDateTime startOf(Map<String, Object> script) {
        Object start = script.get("start");
        if ("now".equals(start)) {
            // The sample catalog's dates are relative to the day it is loaded.
            return OffsetDateTime.now(CityTime.ZONE);
        }
        return start == null ? DEFAULT_START : OffsetDateTime.parse(String.valueOf(start));
    }

    @SuppressWarnings("unchecked")
    private static Optional<UserInput> input(Map<String, Object> step, Reply last) {
        if (step.containsKey("say")) {
            return Optional.of(new UserInput.Text(String.valueOf(step.get("say"))));
        }
        if (step.containsKey("postback")) {
            Map<String, String> params = (Map<String, String>) step.getOrDefault("params", Map.of());
            return Optional.of(new UserInput.Postback(String.valueOf(step.get("postback")), params));
        }
        if (step.containsKey("tap")) {
            return Optional.of(tap(String.valueOf(step.get("tap")), step.get("date"), last));
        }
        if (step.containsKey("follow")) {
            return Optional.of(new UserInput.Follow());
        }
        if (step.containsKey("sticker")) {
            return Optional.of(new UserInput.Unreadable("sticker"));
        }
        return Optional.empty();
    }

    private static UserInput tap(String label, Object date, Reply last) {
        Reply.Choice choice = buttons(last).stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in the last answer:\n"
                        + describe(last)));
        if (choice.action() instanceof Reply.Action.Say say) {
            return new UserInput.Text(say.text());
        }
        if (choice.action() instanceof Reply.Action.Send send) {
            return new UserInput.Postback(send.data(), Map.of());
        }
        if (choice.action() instanceof Reply.Action.PickDate pick) {
            // YAML reads an unquoted 2026-11-28 as a timestamp at midnight UTC.
            String day = date instanceof java.util.Date timestamp
                    ? timestamp.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString()
                    : String.valueOf(date);
            return new UserInput.Postback(pick.data(), Map.of("date", day));
        }
        throw new AssertionError("button '" + label + "' opens a page; nothing to send");
    }

    @SuppressWarnings("unchecked")
    private static void expect(Map<String, Object> step, Dialog.Outcome outcome, String where) {
        String text = describe(outcome.reply());
        for (Object expected : list(step.get("bot"))) {
            assertThat(text).as(where).contains(String.valueOf(expected));
        }
        for (Object unexpected : list(step.get("bot_not"))) {
            assertThat(text).as(where).doesNotContain(String.valueOf(unexpected));
        }
        List<String> labels = buttons(outcome.reply()).stream().map(Reply.Choice::label).toList();
        for (Object expected : list(step.get("buttons"))) {
            assertThat(labels).as(where).contains(String.valueOf(expected));
        }
        for (Object expected : list(step.get("cards"))) {
            assertThat(outcome.reply().parts()).as(where).anySatisfy(part -> assertThat(part)
                    .isInstanceOfSatisfying(Reply.Cards.class, cards -> assertThat(cards.cards())
                            .anySatisfy(card -> assertThat(card.title()).contains(String.valueOf(expected)))));
        }
        if (step.containsKey("flow")) {
            String flow = String.valueOf(step.get("flow"));
            if ("none".equals(flow)) {
                assertThat(outcome.next().filter(DialogState::inFlow)).as(where + "the conversation should be over")
                        .isEmpty();
            } else {
                assertThat(outcome.next()).as(where).map(DialogState::flow).hasValue(flow);
            }
        }
        if (step.containsKey("step")) {
            assertThat(outcome.next()).as(where).map(DialogState::step).hasValue(String.valueOf(step.get("step")));
        }
        Map<String, Object> slots = (Map<String, Object>) step.getOrDefault("slots", Map.of());
        slots.forEach((name, value) -> assertThat(outcome.next()).as(where + "slot " + name)
                .map(state -> state.slots().get(name)).hasValue(String.valueOf(value)));
        for (Object suspended : list(step.get("suspended"))) {
            assertThat(outcome.next()).as(where + "waiting flows").hasValueSatisfying(state -> assertThat(
                    state.suspended()).extracting(DialogState.Suspended::flow).contains(String.valueOf(suspended)));
        }
    }

    private static List<?> list(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? list : List.of(value);
    }

    static List<Reply.Choice> buttons(Reply reply) {
        List<Reply.Choice> buttons = new ArrayList<>();
        for (Reply.Part part : reply.parts()) {
            if (part instanceof Reply.Choices choices) {
                buttons.addAll(choices.choices());
            } else if (part instanceof Reply.Confirm confirm) {
                buttons.add(confirm.yes());
                buttons.add(confirm.no());
            } else if (part instanceof Reply.Cards cards) {
                cards.cards().forEach(card -> buttons.addAll(card.buttons()));
            }
        }
        return buttons;
    }

    static String describe(Reply reply) {
        return reply.parts().stream().map(part -> {
            if (part instanceof Reply.Text text) {
                return text.text();
            }
            if (part instanceof Reply.Choices choices) {
                return choices.text() + " " + choices.choices().stream().map(c -> "[" + c.label() + "]")
                        .collect(Collectors.joining());
            }
            if (part instanceof Reply.Confirm confirm) {
                return confirm.text() + " [" + confirm.yes().label() + "][" + confirm.no().label() + "]";
            }
            Reply.Cards cards = (Reply.Cards) part;
            return cards.cards().stream().map(card -> "{" + card.title() + " / " + card.body() + "}")
                    .collect(Collectors.joining(" "));
        }).collect(Collectors.joining("\n"));
    }

    private static String describe(UserInput input) {
        if (input instanceof UserInput.Text text) {
            return "says " + text.text();
        }
        if (input instanceof UserInput.Postback postback) {
            return "postback " + postback.data() + " " + postback.params();
        }
        return input.getClass().getSimpleName();
    }
}
