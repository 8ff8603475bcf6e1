package jp.miyazaki.kyodo.dialog.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import jp.miyazaki.kyodo.dialog.Dialog;
import jp.miyazaki.kyodo.dialog.flow.ClarificationSettings;
import jp.miyazaki.kyodo.dialog.flow.ClarifyingDialog;
import jp.miyazaki.kyodo.dialog.flow.DialogSettings;
import jp.miyazaki.kyodo.dialog.flow.FlowDialog;
import jp.miyazaki.kyodo.dialog.flow.FlowSet;
import jp.miyazaki.kyodo.dialog.flow.ShippedFlows;
import jp.miyazaki.kyodo.nlu.IntentLabels;
import jp.miyazaki.kyodo.nlu.LanguageUnderstanding;
import jp.miyazaki.kyodo.nlu.NaturalLanguageUnderstanding;
import jp.miyazaki.kyodo.nlu.NluProperties;

/**
 * Tests of the engine with the shipped flows: every script in {@code src/test/resources/conversations} is played
 * against a keyword understanding and in-memory actions (test doubles), each in a fresh world. The scripts in
 * {@code conversations/app} are played against the whole app by {@link CatalogConversationIntegrationTests}.
 */
class ConversationTests {

    private static final Path SCRIPTS = Path.of("src", "test", "resources", "conversations");

    private static final IntentLabels LABELS = IntentLabels.load(Path.of("dialogs", "intents.yml"));

    private static LanguageUnderstanding real;

    @TempDir
    static Path dialogsDir;

    @TestFactory
    Stream<DynamicTest> conversations() throws IOException {
        FlowSet flows = ShippedFlows.load(dialogsDir);
        List<Path> files = ConversationRunner.scripts(SCRIPTS);
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(),
                () -> {
                    Map<String, Object> script = ConversationRunner.read(file);
                    InMemoryActions actions = new InMemoryActions(ConversationRunner.DEFAULT_START.toLocalDate());
                    // As the app wires it: the flows behind the question 「〜ということですか？」.
                    Dialog dialog = new ClarifyingDialog(new FlowDialog(() -> flows, actions.all(),
                            DialogSettings.defaults()), () -> flows, LABELS, ClarificationSettings.defaults(),
                            Optional.empty());
                    LanguageUnderstanding understanding = Boolean.TRUE.equals(script.get("real_understanding"))
                            ? real() : new KeywordUnderstanding();
                    new ConversationRunner(dialog, understanding).play(script);
                }));
    }

    /** The shipped understanding, trained once, for scripts that say {@code real_understanding: true}. */
    private static synchronized LanguageUnderstanding real() {
        if (real == null) {
            real = NaturalLanguageUnderstanding.fromDialogs(Path.of("dialogs"), NluProperties.DEFAULT_THRESHOLD);
        }
        return real;
    }
}
