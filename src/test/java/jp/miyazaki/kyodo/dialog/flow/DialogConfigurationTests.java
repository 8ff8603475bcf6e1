package jp.miyazaki.kyodo.dialog.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import jp.miyazaki.kyodo.dialog.Dialog;
import jp.miyazaki.kyodo.dialog.DialogAction;
import jp.miyazaki.kyodo.dialog.FlowActions;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.expert.ExpertKind;
import jp.miyazaki.kyodo.label.LabelConfiguration;

class DialogConfigurationTests {

    @TempDir
    Path tempDir;

    private ApplicationContextRunner runner(Path dialogsDir) {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withUserConfiguration(DialogConfiguration.class)
                .withPropertyValues("kyodo.dialogs-dir=" + dialogsDir, "kyodo.dialog.idle-timeout=15m");
        for (Map.Entry<String, Set<String>> action : ShippedFlows.ACTIONS.entrySet()) {
            runner = runner.withBean(action.getKey(), DialogAction.class, () -> FlowActions.action(action.getKey(),
                    action.getValue(), context -> DialogAction.Result.of("ok")));
        }
        return runner;
    }

    @Test
    void theShippedFlowsStartTheEngine() {
        ShippedFlows.load(tempDir);

        runner(tempDir).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Dialog.class).hasSingleBean(FlowRegistry.class);
            assertThat(context.getBean(DialogSettings.class).idleTimeout()).hasMinutes(15);
            assertThat(context.getBean(FlowRegistry.class).current().named("signup")).isPresent();
        });
    }

    @Test
    void invalidFlowsStopTheStartWithEveryProblemListed() throws IOException {
        ShippedFlows.load(tempDir);
        Files.writeString(tempDir.resolve("flows/broken.yml"), """
                flow: broken
                triggers: [help.me]
                steps:
                  start:
                    action: magic.wand
                """);

        runner(tempDir).run(context -> assertThat(startProblems(context)).containsAll(List.of(
                "flows/broken.yml:2: unknown intent 'help.me'", "flows/broken.yml:5: unknown action 'magic.wand'")));
    }

    @Test
    void aBrokenMessageFileStopsTheStartWithFileAndLine() throws IOException {
        ShippedFlows.load(tempDir);
        Files.writeString(tempDir.resolve("messages/signup.yml"), """
                signup.full: 「{{title}}」は満員です。
                signup.full: もう一度
                """);

        runner(tempDir).run(context -> assertThat(startProblems(context))
                .containsExactly("messages/signup.yml:2: 'signup.full' is written twice"));
    }

    @Test
    void theShippedMessagesAreTheWordingActionsGet() {
        ShippedFlows.load(tempDir);

        runner(tempDir).run(context -> assertThat(context.getBean(Wording.class)
                .text("signup.list", Map.of("count", 2))).isEqualTo("お申し込み中の活動は2件です。"));
    }

    @Test
    void aConstantWithoutItsLabelOrALabelWithoutAConstantStopsTheStart() throws IOException {
        ShippedFlows.load(tempDir);
        Path experts = tempDir.resolve("messages/expert.yml");
        Files.writeString(experts, Files.readString(experts).replace("expert.expert-kind.business:",
                "expert.expert-kind.company:"));
        int line = lineOf(experts, "expert.expert-kind.company:");
        int first = lineOf(experts, "expert.expert-kind.individual:");

        runner(tempDir).withUserConfiguration(LabelConfiguration.class).run(context -> assertThat(
                startProblems(context)).containsExactly(
                        "messages/expert.yml:" + first + ": no label for ExpertKind.BUSINESS: write "
                                + "'expert.expert-kind.business' with ja, en and ja-easy",
                        "messages/expert.yml:" + line + ": 'expert.expert-kind.company' labels no ExpertKind "
                                + "(its ids: business, individual)"));
    }

    @Test
    void aReloadThatLosesALabelIsRefusedAndTheLabelsInUseStay() throws IOException {
        ShippedFlows.load(tempDir);

        runner(tempDir).withUserConfiguration(LabelConfiguration.class).run(context -> {
            Path experts = tempDir.resolve("messages/expert.yml");
            Files.writeString(experts, Files.readString(experts).replace("ja: 支援企業, en: Supporting business, ",
                    "ja: 支援企業, "));

            FlowRegistry.ReloadResult result = context.getBean(FlowRegistry.class).reload();

            assertThat(result.applied()).isFalse();
            assertThat(result.problems()).containsExactly("messages/expert.yml:"
                    + lineOf(experts, "expert.expert-kind.business:")
                    + ": the label 'expert.expert-kind.business' has no en text");
            assertThat(ExpertKind.BUSINESS.label("en")).isEqualTo("Supporting business");
        });
    }

    @Test
    void aReloadedLabelIsWhatCitizensReadNext() throws IOException {
        ShippedFlows.load(tempDir);

        runner(tempDir).withUserConfiguration(LabelConfiguration.class).run(context -> {
            Path experts = tempDir.resolve("messages/expert.yml");
            Files.writeString(experts, Files.readString(experts).replace("ja: 支援企業,", "ja: 支援する企業,"));

            assertThat(context.getBean(FlowRegistry.class).reload().applied()).isTrue();
            assertThat(ExpertKind.BUSINESS.label()).isEqualTo("支援する企業");
            assertThat(ExpertKind.parse("支援する企業")).contains(ExpertKind.BUSINESS);
        });
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.indexOf(lines.stream().filter(l -> l.startsWith(text)).findFirst().orElseThrow()) + 1;
    }

    /** The problems that stopped the context from starting. */
    private static List<String> startProblems(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        Throwable cause = context.getStartupFailure();
        while (!(cause instanceof InvalidFlowsException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(InvalidFlowsException.class);
        return ((InvalidFlowsException) cause).problems().stream().map(Problem::toString).toList();
    }
}
