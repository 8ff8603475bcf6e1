package jp.miyazaki.kyodo.dialog.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.miyazaki.kyodo.dialog.DialogAction;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * {@code docs/dialog-actions.md} has a row for every action the app registers, and none for one it does not, each
 * listing exactly the outcomes the action declares.
 */
class DialogActionsReferenceTests extends KyodoIntegrationTest {

    /** The first column of a table row: {@code | `catalog.search` | …}. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z][\\w.-]*)` \\|", Pattern.MULTILINE);
    /** The third column of a row: slots, then outcomes. */
    private static final Pattern OUTCOMES = Pattern.compile("^\\| `([a-z][\\w.-]*)` \\|[^|]*\\|([^|]*)\\|",
            Pattern.MULTILINE);
    /** An explanation in the outcomes column, which may name slots or values in backquotes too. */
    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)");
    private static final Pattern WORD = Pattern.compile("`([\\w-]+)`");

    @Autowired
    List<DialogAction> actions;

    @Test
    void theReferenceNamesExactlyTheRegisteredActions() throws IOException {
        Matcher rows = ROW.matcher(Files.readString(Path.of("docs/dialog-actions.md"), StandardCharsets.UTF_8));
        List<String> documented = rows.results().map(row -> row.group(1)).toList();

        assertThat(documented).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(actions.stream().map(DialogAction::name).toList());
    }

    @Test
    void eachRowListsExactlyTheOutcomesItsActionDeclares() throws IOException {
        Map<String, Set<String>> documented = new TreeMap<>();
        OUTCOMES.matcher(Files.readString(Path.of("docs/dialog-actions.md"), StandardCharsets.UTF_8)).results()
                .forEach(row -> documented.put(row.group(1), outcomes(row.group(2))));
        Map<String, Set<String>> declared = new TreeMap<>();
        actions.forEach(action -> declared.put(action.name(), new TreeSet<>(action.outcomes())));

        assertThat(documented).isEqualTo(declared);
    }

    private static Set<String> outcomes(String column) {
        return WORD.matcher(ASIDE.matcher(column).replaceAll("")).results().map(word -> word.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }
}
