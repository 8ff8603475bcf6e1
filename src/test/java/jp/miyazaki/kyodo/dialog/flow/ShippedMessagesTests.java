package jp.miyazaki.kyodo.dialog.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.label.LabelsCheck;

/**
 * The keys Java asks {@code Wording} for and the keys {@code dialogs/messages} holds are the same set: a key
 * used but not written fails here (rather than in a citizen's conversation), and so does a key written but never
 * used (wording nobody reads would drift). Keys are written out where they are used, which makes this check
 * possible; the labels of enum constants ({@code catalog.category.childcare}) are used by their constants.
 */
class ShippedMessagesTests {

    private static final Pattern CALL = Pattern.compile(
            "wording\\.text\\(\\s*(?:[\\w.]+(?:\\(\\))?,\\s*)?(\"([^\"]*)\")?");
    private static final Set<String> WRITTEN = MessageCatalog.load(Path.of("dialogs")).messages().keySet();
    private static final LabelsCheck LABELS = LabelsCheck.ofTheApplication();

    @Test
    void everyKeyJavaAsksForIsWritten() throws IOException {
        Calls calls = calls();

        assertThat(calls.notLiteral()).as("wording.text calls whose key is not written out").isEmpty();
        assertThat(calls.keys()).as("the scan finds the calls").isNotEmpty();
        Set<String> missing = new TreeSet<>(calls.keys());
        missing.removeAll(WRITTEN);
        assertThat(missing).as("keys used in Java but missing from dialogs/messages").isEmpty();
    }

    @Test
    void everyWrittenKeyIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(WRITTEN);
        unused.removeAll(calls().keys());
        unused.removeAll(LABELS.keys());

        assertThat(unused).as("keys in dialogs/messages that no Java code uses and that label no constant").isEmpty();
    }

    @Test
    void everyConstantPeopleChooseFromHasItsLabelInEveryLanguageAndEveryLabelAConstant() {
        assertThat(LABELS.keys()).as("the scan finds the labelled enums").contains("catalog.category.childcare",
                "consultation.consultation-topic.expert", "admin.staff-role.admin");
        assertThat(LABELS.problems(MessageCatalog.load(Path.of("dialogs")).messages())).isEmpty();
    }

    /** The keys of every {@code wording.text(…)} call in src/main/java, and the calls whose key is no literal. */
    private static Calls calls() throws IOException {
        Set<String> keys = new TreeSet<>();
        List<String> notLiteral = new ArrayList<>();
        for (Path file : javaSources()) {
            String code = Files.readString(file, StandardCharsets.UTF_8);
            Matcher call = CALL.matcher(code);
            while (call.find()) {
                if (call.group(2) == null) {
                    notLiteral.add(file + ":" + lineOf(code, call.start()));
                } else {
                    keys.add(call.group(2));
                }
            }
        }
        return new Calls(keys, notLiteral);
    }

    private record Calls(Set<String> keys, List<String> notLiteral) {
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static int lineOf(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
