package jp.miyazaki.kyodo.dialog.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowFileWatcherTests {

    @TempDir
    Path tempDir;

    @Test
    void anEditedFlowFileIsPickedUpWithoutARestart() throws Exception {
        ShippedFlows.load(tempDir);
        FlowRegistry registry = new FlowRegistry(tempDir, ShippedFlows.ACTIONS, new FlowLoader());
        FlowFileWatcher watcher = new FlowFileWatcher(registry, true, event -> { });
        watcher.start();
        try {
            Path greeting = tempDir.resolve("flows/greeting.yml");
            Files.writeString(greeting, Files.readString(greeting).replace("こんにちは。", "こんにちは！"));

            long deadline = System.currentTimeMillis() + 10_000;
            while (!greetingSays(registry, "こんにちは！") && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }

            assertThat(greetingSays(registry, "こんにちは！")).isTrue();
        } finally {
            watcher.stop();
        }
        assertThat(watcher.isRunning()).isFalse();
    }

    private static boolean greetingSays(FlowRegistry registry, String text) {
        Step hello = registry.current().named("greeting").orElseThrow().steps().get("hello");
        return hello instanceof Step.Say say && say.text().startsWith(text);
    }
}
