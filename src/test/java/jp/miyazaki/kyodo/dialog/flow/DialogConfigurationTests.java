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
