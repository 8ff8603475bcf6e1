package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every action code a module records in the audit log has a Japanese label on 操作履歴: the codes are read from
 * the sources ({@code audit.record("opportunity.update", …)}), so a new action without a label fails here.
 */
class AuditActionLabelsTests {

    /** {@code record("code", …)} and {@code record("system", "code", …)}; codes are lower-case words with dots. */
    private static final Pattern RECORDED = Pattern.compile(
            "\\.record\\(\\s*(?:\"[^\"]*\"\\s*,\\s*)?\"([a-z][a-z-]*\\.[a-z][a-z-]*)\"");

    @Test
    void everyRecordedActionHasAJapaneseLabel() {
        Set<String> recorded = recordedActions();

        assertThat(recorded).as("the sources record audit actions").contains("opportunity.update",
                "broadcast.create", "staff.create");
        assertThat(recorded).allSatisfy(action -> assertThat(AuditActionLabels.of(action))
                .as("a label for the audit action %s in AuditActionLabels", action).isPresent());
    }

    @Test
    void labelsAreJapaneseAndAnUnknownCodeIsNotShown() {
        assertThat(AuditActionLabels.shown("opportunity.update")).isEqualTo("活動を変更");
        assertThat(recordedActions()).allSatisfy(action -> assertThat(AuditActionLabels.shown(action))
                .as("no code or English word (CSV, API are what staff call them)").doesNotContainPattern("[a-z]"));
        assertThat(AuditActionLabels.shown("something.new")).isEqualTo("その他の操作");
    }

    private static Set<String> recordedActions() {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            sources.filter(path -> path.toString().endsWith(".java")).forEach(path -> {
                Matcher found = RECORDED.matcher(read(path));
                while (found.find()) {
                    actions.add(found.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return actions;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
