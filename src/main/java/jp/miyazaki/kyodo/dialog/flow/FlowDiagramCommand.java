package jp.miyazaki.kyodo.dialog.flow;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every flow as a Mermaid diagram to {@code <out>/<flow>.mmd} and prints them all.
 * Run with {@code ./mvnw -q compile exec:java@flow-diagrams} (arguments: dialogs folder, output folder).
 */
public final class FlowDiagramCommand {

    private FlowDiagramCommand() {
    }

    public static void main(String[] args) throws IOException {
        Path dialogsDir = Path.of(args.length > 0 ? args[0] : "dialogs");
        Path outDir = Path.of(args.length > 1 ? args[1] : "target/flows");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        FlowSet flows;
        try {
            flows = new FlowLoader().loadForReading(dialogsDir);
        } catch (InvalidFlowsException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Files.createDirectories(outDir);
        for (Flow flow : flows.all()) {
            String diagram = FlowDiagram.render(flow);
            Files.writeString(outDir.resolve(flow.name() + ".mmd"), diagram, StandardCharsets.UTF_8);
            out.println("%% " + flow.file());
            out.println(diagram);
        }
        out.println("%% " + flows.all().size() + " diagrams written to " + outDir);
    }
}
