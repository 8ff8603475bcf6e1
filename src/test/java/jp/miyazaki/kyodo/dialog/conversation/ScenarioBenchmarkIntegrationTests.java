package jp.miyazaki.kyodo.dialog.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.yaml.snakeyaml.Yaml;

import jp.miyazaki.kyodo.conversation.Conversation;
import jp.miyazaki.kyodo.dialog.DialogState;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.UserInput;
import jp.miyazaki.kyodo.session.SessionStore;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * The scenario benchmark: multi-turn conversations in {@code src/test/resources/scenarios} (see its README),
 * written apart from the training phrases and the conversation tests, played against the whole app as it ships
 * (its understanding, flows, actions, Redis and the sample catalog). Each scenario has the goal a good clerk would
 * reach; it succeeds on the first answer that meets it. Prints task success, turns to success (median, p90) and
 * every failure with its last turns, writes it to {@code target/scenario-benchmark.txt} and a CSV to
 * {@code target/scenario-benchmark.csv}. The goal is 95% (issue 11), reached on 2 Dec 2026 (86 of 88, 0.977); the
 * build fails below {@link #FLOOR}, which leaves room for the weekday the sample catalog's relative dates fall on.
 */
class ScenarioBenchmarkIntegrationTests extends KyodoIntegrationTest {

    private static final Path SCENARIOS = Path.of("src", "test", "resources", "scenarios");
    private static final double GOAL = 0.95;
    private static final double FLOOR = 0.90;
    private static final Logger log = LoggerFactory.getLogger(ScenarioBenchmarkIntegrationTests.class);
    /** Transcripts are printed, and the suite fails on logged phone numbers and addresses (SuiteLog). */
    private static final Pattern CONTACT = Pattern.compile(
            "0\\d{1,4}-\\d{1,4}-\\d{4}|0\\d{9,10}|[\\w.+-]+@[\\w-]+\\.[a-z]{2,}[\\w.]*|U[0-9a-f]{32}");

    @Autowired
    private Conversation conversation;

    @Autowired
    private SessionStore sessions;

    @Test
    void citizensReachTheOutcomeAGoodClerkWouldReach() throws IOException {
        List<Scenario> scenarios = load();
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(60);
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            results.add(play(scenarios.get(i), "U-scenario-%03d".formatted(i + 1)));
        }
        long succeeded = results.stream().filter(Result::succeeded).count();
        double rate = (double) succeeded / results.size();
        List<Integer> turns = results.stream().filter(Result::succeeded).map(Result::turns).sorted().toList();
        StringBuilder table = new StringBuilder("\nScenario benchmark (real understanding, actions and sample catalog)\n");
        table.append("%-22s %d%n".formatted("scenarios", results.size()));
        table.append("%-22s %d%n".formatted("succeeded", succeeded));
        table.append("%-22s %.1f%%%n".formatted("task success", 100 * rate));
        table.append("%-22s %s%n".formatted("turns to success p50", percentile(turns, 0.5)));
        table.append("%-22s %s%n".formatted("turns to success p90", percentile(turns, 0.9)));
        table.append("\nby theme (succeeded/scenarios):\n");
        results.stream().map(r -> r.scenario().theme()).distinct().sorted().forEach(theme -> {
            List<Result> of = results.stream().filter(r -> r.scenario().theme().equals(theme)).toList();
            table.append("  %-18s %d/%d%n".formatted(theme, of.stream().filter(Result::succeeded).count(),
                    of.size()));
        });
        List<Result> failures = results.stream().filter(r -> !r.succeeded()).toList();
        table.append("\nfailures: ").append(failures.size()).append('\n');
        for (Result failure : failures) {
            table.append("\n✗ ").append(failure.scenario().file()).append(" / ").append(failure.scenario().name())
                    .append("\n  goal: ").append(failure.scenario().goal()).append("\n  why: ")
                    .append(failure.why()).append('\n');
            List<String> lines = failure.transcript();
            lines.subList(Math.max(0, lines.size() - 12), lines.size())
                    .forEach(line -> table.append("  ").append(line.replace("\n", "\n      ")).append('\n'));
        }
        // A benchmark's table is its output, as NluEvaluation prints its own.
        String printed = CONTACT.matcher(table).replaceAll("〈連絡先〉");
        log.info("Scenario benchmark (goal {}):\n{}", GOAL, printed);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "scenario-benchmark.txt"), printed);
        writeCsv(results);
        assertThat(rate).as("task success of %d scenarios (failures above; the goal is %s)", results.size(), GOAL)
                .isGreaterThanOrEqualTo(FLOOR);
    }

    @SuppressWarnings("unchecked")
    private Result play(Scenario scenario, String user) {
        ZonedDateTime now = ZonedDateTime.now(CityTime.ZONE);
        Reply last = Reply.NONE;
        List<String> transcript = new ArrayList<>();
        int number = 0;
        for (Map<String, Object> step : scenario.turns()) {
            // A citizen answers what is asked: "when" plays a message only after a question containing it.
            if (step.containsKey("when")
                    && !ConversationRunner.describe(last).contains(String.valueOf(step.get("when")))) {
                continue;
            }
            UserInput input;
            try {
                input = input(step, last);
            } catch (IllegalStateException cannotTap) {
                if (Boolean.TRUE.equals(step.get("optional"))) {
                    continue;
                }
                transcript.add((number + 1) + ". citizen cannot: " + cannotTap.getMessage());
                return new Result(scenario, false, number + 1, cannotTap.getMessage(), transcript);
            }
            number++;
            now = now.plusSeconds(20);
            transcript.add(number + ". citizen: " + said(input));
            Reply reply;
            try {
                reply = conversation.respond(user, input, now);
            } catch (RuntimeException e) {
                transcript.add("   bot: (error) " + e);
                return new Result(scenario, false, number, "the bot failed: " + e, transcript);
            }
            String answer = ConversationRunner.describe(reply);
            transcript.add("   bot: " + answer);
            if (reached(scenario.goal(), reply, answer, sessions.load(user, DialogState.class))) {
                return new Result(scenario, true, number, "", transcript);
            }
            last = reply;
        }
        return new Result(scenario, false, number, "goal not reached in " + number + " turns", transcript);
    }

    private static boolean reached(Map<String, Object> goal, Reply reply, String answer,
            Optional<DialogState> state) {
        for (Object expected : list(goal.get("bot"))) {
            if (!answer.contains(String.valueOf(expected))) {
                return false;
            }
        }
        for (Object unexpected : list(goal.get("bot_not"))) {
            if (answer.contains(String.valueOf(unexpected))) {
                return false;
            }
        }
        List<String> labels = ConversationRunner.buttons(reply).stream().map(Reply.Choice::label).toList();
        for (Object expected : list(goal.get("buttons"))) {
            if (!labels.contains(String.valueOf(expected))) {
                return false;
            }
        }
        List<String> titles = reply.parts().stream().filter(Reply.Cards.class::isInstance)
                .flatMap(part -> ((Reply.Cards) part).cards().stream()).map(Reply.Card::title).toList();
        for (Object expected : list(goal.get("cards"))) {
            if (titles.stream().noneMatch(title -> title.contains(String.valueOf(expected)))) {
                return false;
            }
        }
        if (goal.containsKey("flow")) {
            String flow = String.valueOf(goal.get("flow"));
            Optional<String> current = state.filter(DialogState::inFlow).map(DialogState::flow);
            return "none".equals(flow) ? current.isEmpty() : current.filter(flow::equals).isPresent();
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static UserInput input(Map<String, Object> step, Reply last) {
        if (step.containsKey("say")) {
            return new UserInput.Text(String.valueOf(step.get("say")));
        }
        if (step.containsKey("follow")) {
            return new UserInput.Follow();
        }
        String label = String.valueOf(step.get("tap"));
        Object in = step.get("in");
        List<Reply.Choice> choices = new ArrayList<>();
        for (Reply.Part part : last.parts()) {
            if (part instanceof Reply.Cards cards) {
                cards.cards().stream().filter(card -> in == null || card.title().contains(String.valueOf(in)))
                        .forEach(card -> choices.addAll(card.buttons()));
            } else if (in == null) {
                choices.addAll(ConversationRunner.buttons(new Reply(List.of(part))));
            }
        }
        Reply.Choice choice = choices.stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no button '" + label + "'"
                        + (in == null ? "" : " on a card '" + in + "'") + " to tap"));
        if (choice.action() instanceof Reply.Action.Say say) {
            return new UserInput.Text(say.text());
        }
        if (choice.action() instanceof Reply.Action.Send send) {
            return new UserInput.Postback(send.data(), Map.of());
        }
        if (choice.action() instanceof Reply.Action.PickDate pick) {
            String day = ZonedDateTime.now(CityTime.ZONE).plusDays(((Number) step.getOrDefault("days", 0))
                    .longValue()).toLocalDate().toString();
            return new UserInput.Postback(pick.data(), Map.of("date", day));
        }
        throw new IllegalStateException("button '" + label + "' opens a page");
    }

    private static String said(UserInput input) {
        return input instanceof UserInput.Text text ? text.text()
                : input instanceof UserInput.Postback postback ? "(taps) " + postback.data() + " " + postback.params()
                : input.getClass().getSimpleName();
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : value instanceof List<?> list ? list : List.of(value);
    }

    private static String percentile(List<Integer> sorted, double p) {
        if (sorted.isEmpty()) {
            return "-";
        }
        return String.valueOf(sorted.get((int) Math.ceil(p * sorted.size()) - 1));
    }

    private static void writeCsv(List<Result> results) throws IOException {
        List<String> rows = new ArrayList<>(List.of("file,scenario,theme,succeeded,turns,why,last_answer"));
        for (Result r : results) {
            rows.add(String.join(",", r.scenario().file(), quote(r.scenario().name()), r.scenario().theme(),
                    String.valueOf(r.succeeded()), String.valueOf(r.turns()), quote(r.why()),
                    quote(r.transcript().get(r.transcript().size() - 1))));
        }
        Files.write(Path.of("target", "scenario-benchmark.csv"), rows);
    }

    private static String quote(String value) {
        return "\"" + CONTACT.matcher(value).replaceAll("〈連絡先〉").replace("\"", "\"\"") + "\"";
    }

    @SuppressWarnings("unchecked")
    private static List<Scenario> load() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SCENARIOS)) {
            files = list.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : files) {
            Map<String, Object> content;
            try (Reader reader = Files.newBufferedReader(file)) {
                content = new Yaml().load(reader);
            }
            String theme = String.valueOf(content.get("theme"));
            for (Map<String, Object> s : (List<Map<String, Object>>) content.get("scenarios")) {
                scenarios.add(new Scenario(file.getFileName().toString(), String.valueOf(s.get("name")),
                        String.valueOf(s.getOrDefault("theme", theme)),
                        (List<Map<String, Object>>) s.get("turns"), (Map<String, Object>) s.get("goal")));
            }
        }
        return scenarios;
    }

    private record Scenario(String file, String name, String theme, List<Map<String, Object>> turns,
            Map<String, Object> goal) {
    }

    private record Result(Scenario scenario, boolean succeeded, int turns, String why, List<String> transcript) {
    }
}
