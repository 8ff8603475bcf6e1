package jp.miyazaki.kyodo.dialog.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.miyazaki.kyodo.shared.LineLimits;

class FlowLoaderTests {

    private static final String FALLBACK = """
            flow: fallback
            triggers: [fallback]
            steps:
              menu:
                say: わかりませんでした。
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("flows"));
        ShippedFlows.writeIntents(dir);
        write("fallback.yml", FALLBACK);
    }

    @Test
    void aValidFlowLoadsWithItsSlotsAndSteps() throws IOException {
        write("grants.yml", """
                flow: grants
                triggers: [grant.search]
                slots:
                  category:
                    type: category
                    prompt: どの分野ですか？
                    choices: [{label: 環境, value: environment}]
                steps:
                  ask:
                    ask: category
                    next: search
                  search:
                    action: grant.search
                    on: {none: nothing}
                  nothing:
                    say: 見つかりませんでした（{{category}}）。
                """);

        FlowSet flows = load();

        Flow grants = flows.named("grants").orElseThrow();
        assertThat(grants.firstStep()).isEqualTo("ask");
        assertThat(grants.slots().get("category").type()).isEqualTo(SlotType.CATEGORY);
        assertThat(grants.steps().get("search")).isInstanceOf(Step.Call.class);
        assertThat(flows.forIntent("grant.search")).containsSame(grants);
    }

    @Test
    void aSchemaViolationIsReportedAtItsLine() throws IOException {
        write("bad.yml", """
                flow: bad
                triggers: [help]
                slots:
                  when:
                    type: weekday
                    prompt: いつですか？
                steps:
                  start:
                    say: こんにちは
                    colour: red
                """);

        assertThat(problems()).contains(
                "flows/bad.yml:5: does not have a value in the enumeration [\"category\", \"district\", \"date\","
                        + " \"kind\", \"text\", \"contact\", \"number\", \"yes_no\", \"catalog_id\", \"choice\"]",
                "flows/bad.yml:10: unknown field 'colour'");
    }

    @Test
    void unknownIntentSlotActionTemplateAndStepAreEachReported() throws IOException {
        write("signup.yml", """
                flow: signup
                triggers: [volunteer.signup, signup.teleport]
                slots:
                  name:
                    type: text
                    prompt: お名前は？
                steps:
                  ask_name:
                    ask: nickname
                    next: create
                  create:
                    action: signup.teleport
                    on:
                      ok: done
                      full: waitlist
                  done:
                    reply: thanks
                """);

        assertThat(problems()).containsExactly(
                "flows/signup.yml:2: unknown intent 'signup.teleport'",
                "flows/signup.yml:9: unknown slot 'nickname'",
                "flows/signup.yml:12: unknown action 'signup.teleport'",
                "flows/signup.yml:15: unknown step 'waitlist'",
                "flows/signup.yml:17: unknown template 'thanks'");
    }

    @Test
    void anOutcomeTheActionDoesNotDeclareIsReportedAtItsLine() throws IOException {
        write("facilities.yml", """
                flow: facilities
                triggers: [facility.search]
                steps:
                  find:
                    action: facility.search
                    on:
                      error: shown
                      nothing: shown
                      ok: shown
                  shown:
                    say: 施設です。
                """);

        assertThat(problems()).containsExactly(
                "flows/facilities.yml:8: action 'facility.search' has no outcome 'nothing'; it answers none, ok");
    }

    @Test
    void outcomesACallStepLeavesToTheEngineApologyAreListed() throws IOException {
        write("deadlines.yml", """
                flow: deadlines
                triggers: [grant.deadline]
                steps:
                  with_default:
                    action: grant.deadlines
                    on: {ok: shown}
                    next: shown
                  shown:
                    say: 締め切りです。
                    next: without_default
                  without_default:
                    action: grant.deadlines
                    on: {ok: shown}
                """);

        assertThat(FlowLoader.unroutedOutcomes(load(), ShippedFlows.ACTIONS)).map(Problem::toString).containsExactly(
                "flows/deadlines.yml:11: step 'without_default' routes no outcome named, none of 'grant.deadlines'");
    }

    @Test
    void anUnreachableStepIsReported() throws IOException {
        write("help.yml", """
                flow: help
                triggers: [help]
                steps:
                  explain:
                    say: 使い方です。
                  orphan:
                    say: ここには来ません。
                """);

        assertThat(problems()).containsExactly("flows/help.yml:6: step 'orphan' is unreachable from 'explain'");
    }

    @Test
    void aRefineStepMustExistInARevisableFlowThatDeclaresTheRefinement() throws IOException {
        write("help.yml", """
                flow: help
                triggers: [help]
                refine: narrow
                steps:
                  explain:
                    say: 使い方です。
                """);

        assertThat(problems()).containsExactly("flows/help.yml:3: unknown step 'narrow'",
                "flows/help.yml:3: only a revisable flow can be refined right after it ends",
                "flows/help.yml:3: declare the slot 'message' that receives the refining message");
    }

    @Test
    void aRefineStepAndAStepThatIsOnlyAGotoAreReachable() throws IOException {
        write("help.yml", """
                flow: help
                triggers: [help]
                revisable: true
                refine: narrow
                slots:
                  message:
                    type: text
                    prompt: 何をお探しですか？
                steps:
                  explain:
                    say: 使い方です。
                  narrow:
                    action: catalog.refine
                    on: {given: explain, none: elsewhere}
                  elsewhere:
                    goto: fallback
                """);

        Flow help = load().named("help").orElseThrow();

        assertThat(help.refine()).isEqualTo("narrow");
        assertThat(help.steps().get("elsewhere")).isInstanceOfSatisfying(Step.Say.class,
                say -> assertThat(say.text()).isEmpty());
    }

    @Test
    void quickRepliesOverLinesLimitsAreReported() throws IOException {
        String many = IntStream.rangeClosed(1, 14).mapToObj(i -> "      - {label: 選択肢" + i + "}")
                .collect(Collectors.joining("\n"));
        String longValue = "x".repeat(LineLimits.POSTBACK_DATA_LENGTH);
        write("menu.yml", """
                flow: menu
                triggers: [help]
                slots:
                  size:
                    type: choice
                    prompt: 大きさは？
                    choices:
                      - {label: とても長いラベルはLINEでは途中で切れてしまいます, value: long}
                      - {label: 長いデータ, value: %s}
                steps:
                  explain:
                    say: 選んでください
                    next: ask_size
                    choices:
                %s
                  ask_size:
                    ask: size
                """.formatted(longValue, many));

        // A question's answers are paged; a message's buttons must fit.
        assertThat(problems()).containsExactly(
                "flows/menu.yml:8: quick reply label 'とても長いラベルはLINEでは途中で切れてしまいます' is 26 characters;"
                        + " LINE allows 20",
                "flows/menu.yml:9: postback data is 326 characters; LINE allows 300",
                "flows/menu.yml:14: 14 quick replies; LINE shows at most 13");
    }

    @Test
    void anUnknownPlaceholderIsReported() throws IOException {
        write("grants.yml", """
                flow: grants
                triggers: [grant.search]
                steps:
                  search:
                    action: grant.search
                    values: [count]
                    next: done
                  done:
                    say: "{{count}}件、締め切りは{{deadline}}です。"
                """);

        assertThat(problems()).containsExactly(
                "flows/grants.yml:9: unknown slot or action value '{{deadline}}'");
    }

    @Test
    void aFlowAnswersQuestionsAboutWhatItHolds() throws IOException {
        write("signup.yml", """
                flow: signup
                triggers: [volunteer.signup]
                questions:
                  - words: [場所, どこ]
                    answer: {ja: "場所は{{place}}です。", en: "It is at {{place}}."}
                  - words: [いつ]
                    answer: "{{when}}です。"
                steps:
                  find:
                    action: catalog.opportunity
                    values: [place]
                """);

        assertThat(problems()).containsExactly("flows/signup.yml:7: unknown slot or action value '{{when}}'");

        write("signup.yml", """
                flow: signup
                triggers: [volunteer.signup]
                questions:
                  - words: [場所, どこ]
                    answer: {ja: "場所は{{place}}です。", en: "It is at {{place}}."}
                steps:
                  find:
                    action: catalog.opportunity
                    values: [place]
                """);
        Flow signup = load().named("signup").orElseThrow();
        assertThat(signup.questions()).singleElement().satisfies(question -> {
            assertThat(question.words()).containsExactly("場所", "どこ");
            assertThat(signup.text(question.answer(), "en")).isEqualTo("It is at {{place}}.");
        });
    }

    @Test
    void brokenYamlIsReportedWithItsLine() throws IOException {
        write("broken.yml", """
                flow: broken
                steps:
                  start:
                    say: "閉じていない引用符
                """);

        List<String> problems = problems();

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("flows/broken.yml:5: not valid YAML");
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnceInFileOrder() throws IOException {
        write("b.yml", """
                flow: b
                triggers: [nope.b]
                steps:
                  start:
                    say: b
                    next: missing
                """);
        write("a.yml", """
                flow: a
                triggers: [nope.a]
                steps:
                  start:
                    say: a
                """);

        assertThat(problems()).containsExactly(
                "flows/a.yml:2: unknown intent 'nope.a'",
                "flows/b.yml:2: unknown intent 'nope.b'",
                "flows/b.yml:6: unknown step 'missing'");
    }

    @Test
    void flowsWithoutAFallbackAreRefused() throws IOException {
        Files.delete(dir.resolve("flows/fallback.yml"));
        write("help.yml", """
                flow: help
                triggers: [help]
                steps:
                  explain:
                    say: 使い方です。
                """);

        assertThat(problems()).singleElement().asString().contains("no flow is triggered by 'fallback'");
    }

    @Test
    void aReloadWithProblemsKeepsTheFlowsInUse() throws IOException {
        write("help.yml", """
                flow: help
                triggers: [help]
                steps:
                  explain:
                    say: 使い方です。
                """);
        FlowRegistry registry = new FlowRegistry(dir, ShippedFlows.ACTIONS, new FlowLoader());
        FlowSet before = registry.current();

        write("help.yml", """
                flow: help
                triggers: [help]
                steps:
                  explain:
                    say: 使い方です。
                    next: nowhere
                """);
        FlowRegistry.ReloadResult failed = registry.reload();

        assertThat(failed.applied()).isFalse();
        assertThat(failed.problems()).containsExactly("flows/help.yml:6: unknown step 'nowhere'");
        assertThat(registry.current()).isSameAs(before);

        write("help.yml", """
                flow: help
                triggers: [help]
                steps:
                  explain:
                    say: 新しい使い方です。
                """);
        FlowRegistry.ReloadResult applied = registry.reload();

        assertThat(applied.applied()).isTrue();
        assertThat(registry.current().named("help").orElseThrow().steps().get("explain"))
                .isInstanceOfSatisfying(Step.Say.class, say -> assertThat(say.text()).isEqualTo("新しい使い方です。"));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve("flows").resolve(name), text);
    }

    private FlowSet load() {
        return new FlowLoader().load(dir, Optional.of(ShippedFlows.ACTIONS));
    }

    private List<String> problems() {
        InvalidFlowsException e = catchThrowableOfType(InvalidFlowsException.class, this::load);
        assertThat(e).as("the flows should be refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }
}
