package jp.miyazaki.kyodo.catalog.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.catalog.console.CatalogSheet.Column;
import jp.miyazaki.kyodo.catalog.console.CatalogSheet.Store;

/**
 * An import whose writing fails midway takes back what it had written: replaced items are stored as they were,
 * new ones deleted, and no audit entry says it was imported.
 */
class CatalogFilesUndoTests {

    private final AuditLog audit = mock(AuditLog.class);
    private final CatalogFiles files = new CatalogFiles(audit);
    private final Map<String, Item> stored = new LinkedHashMap<>(Map.of("a", new Item("a", "前の名前")));
    private final List<String> saves = new ArrayList<>();

    @Test
    void aFailureMidwayUndoesTheRowsWrittenBeforeIt() {
        CatalogSheet<Item> sheet = sheet("c", false);

        assertThatThrownBy(() -> files.apply(sheet, file(), "items.csv", "市民活動推進課"))
                .isInstanceOfSatisfying(CatalogFiles.NotWritten.class, failed ->
                        assertThat(failed.undone()).isTrue());

        assertThat(stored).as("as before the import").containsExactly(Map.entry("a", new Item("a", "前の名前")));
        assertThat(saves).as("a and b written, c failed, then a restored").containsExactly("a:新しい名前", "b:二つ目",
                "a:前の名前");
        verify(audit, never()).record(anyString(), any(AuditLog.Target.class), anyString(), anyList());
    }

    @Test
    void anUndoThatFailsTooIsSaidSo() {
        CatalogSheet<Item> sheet = sheet("c", true);

        assertThatThrownBy(() -> files.apply(sheet, file(), "items.csv", "市民活動推進課"))
                .isInstanceOfSatisfying(CatalogFiles.NotWritten.class, failed -> {
                    assertThat(failed.undone()).isFalse();
                    assertThat(failed.explanation()).contains("元に戻すこともできませんでした");
                });
    }

    @Test
    void withoutAFailureEveryRowIsWrittenAndAuditedOnce() {
        CatalogFiles.Report report = files.apply(sheet("none", false), file(), "items.csv", "市民活動推進課");

        assertThat(report.written()).isTrue();
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(stored).containsOnlyKeys("a", "b", "c");
        verify(audit).record("item.import", new AuditLog.Target(null, "items.csv"), "3行を取り込み（新規2件、更新1件）",
                List.of());
    }

    private static byte[] file() {
        return "ID,名称\r\na,新しい名前\r\nb,二つ目\r\nc,三つ目\r\n".getBytes(StandardCharsets.UTF_8);
    }

    /** A sheet of plain items kept in a map, whose save of {@code failingId} fails (and every delete, if asked). */
    private CatalogSheet<Item> sheet(String failingId, boolean undoFails) {
        Store<Item> store = new Store<>(id -> Optional.ofNullable(stored.get(id)), () -> List.copyOf(stored.values()),
                Item::id, Item::name, item -> false, (item, department) -> item, item -> {
                    if (item.id().equals(failingId) || undoFails && saves.size() >= 3) {
                        throw new IllegalStateException("Redis went away");
                    }
                    saves.add(item.id() + ":" + item.name());
                    stored.put(item.id(), item);
                }, id -> {
                    if (undoFails) {
                        throw new IllegalStateException("Redis is still away");
                    }
                    stored.remove(id);
                }, (before, after) -> 0);
        CatalogSheet.RowReader<Item> reader = (cells, id, sample) -> new Item(id, cells.text("name"));
        return new CatalogSheet<>("item", "items", "項目", "item", List.of(new Column("id", "ID"),
                new Column("name", "名称")), Map.of(), reader, item -> List.of(item.id(), item.name()), store);
    }

    record Item(String id, String name) {
    }
}
