package jp.miyazaki.kyodo.dialog.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.miyazaki.kyodo.dialog.DialogAction;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/** {@code docs/dialog-actions.md} has a row for every action the app registers, and none for one it does not. */
class DialogActionsReferenceTests extends KyodoIntegrationTest {

    /** The first column of a table row: {@code | `catalog.search` | …}. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z][\\w.-]*)` \\|", Pattern.MULTILINE);

    @Autowired
    List<DialogAction> actions;

    @Test
    void theReferenceNamesExactlyTheRegisteredActions() throws IOException {
        Matcher rows = ROW.matcher(Files.readString(Path.of("docs/dialog-actions.md"), StandardCharsets.UTF_8));
        List<String> documented = rows.results().map(row -> row.group(1)).toList();

        assertThat(documented).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(actions.stream().map(DialogAction::name).toList());
    }
}
