package jp.miyazaki.kyodo.dialog.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowDiagramTests {

    @TempDir
    Path tempDir;

    @Test
    void aFlowBecomesAMermaidFlowchartWithItsQuestionsActionsAndBranches() {
        Flow signup = ShippedFlows.load(tempDir).named("signup").orElseThrow();

        String diagram = FlowDiagram.render(signup);

        assertThat(diagram).contains("flowchart TD", "start((\"volunteer.signup\"))", "start --> ask_opportunity",
                "ask_contact[/\"contact: 当日連絡のつく電話番号かメールアドレス…\"/]",
                "create[[\"signup.create\"]]", "create -- full --> ask_waitlist", "ask_confirm -- no --> declined",
                "done --> finish", "finish((\"終了\"))");
        assertThat(diagram).doesNotContain("ask_confirm --> finish");
    }

    @Test
    void everyShippedFlowRenders() {
        for (Flow flow : ShippedFlows.load(tempDir).all()) {
            assertThat(FlowDiagram.render(flow)).as(flow.name()).startsWith("---\ntitle: ")
                    .contains("start --> " + flow.firstStep().replaceAll("[^A-Za-z0-9_]", "_"));
        }
    }
}
