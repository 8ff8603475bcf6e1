package jp.miyazaki.kyodo.dialog.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

import jp.miyazaki.kyodo.dialog.Dialog;
import jp.miyazaki.kyodo.nlu.LanguageUnderstanding;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * The conversation scripts that say {@code actions: real}, played against the app's own flows, understanding and
 * domain actions on a real Redis with the sample catalog (dates relative to today). Each script talks as its own
 * citizen (its {@code user}, or one named after the file), since Redis is emptied once for all of them.
 */
class RealActionsConversationIntegrationTests extends KyodoIntegrationTest {

    private static final Path SCRIPTS = Path.of("src", "test", "resources", "conversations");

    @Autowired
    private Dialog dialog;

    @Autowired
    private LanguageUnderstanding understanding;

    @TestFactory
    Stream<DynamicTest> conversations() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SCRIPTS)) {
            files = list.filter(f -> f.toString().endsWith(".yml")).sorted()
                    .filter(f -> real(ConversationTests.read(f))).toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(),
                () -> {
                    Map<String, Object> script = ConversationTests.read(file);
                    script.putIfAbsent("user", "U-real-" + file.getFileName().toString().replace(".yml", ""));
                    script.putIfAbsent("start", "now");
                    new ConversationRunner(dialog, understanding).play(script);
                }));
    }

    static boolean real(Map<String, Object> script) {
        return "real".equals(script.get("actions"));
    }
}
