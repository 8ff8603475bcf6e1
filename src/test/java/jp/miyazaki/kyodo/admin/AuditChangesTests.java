package jp.miyazaki.kyodo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.catalog.Category;

/** What changed, as staff read it: only the fields that differ, times in Miyazaki's zone, labels, 「なし」. */
class AuditChangesTests {

    private record Item(String title, OffsetDateTime start, Category category, List<String> rooms, String contact,
            LocalDate deadline, String description) {
    }

    @Test
    void onlyChangedFieldsAreKeptAsStaffReadThem() {
        Item before = new Item("海岸清掃", OffsetDateTime.parse("2026-12-05T00:00:00Z"), Category.ENVIRONMENT,
                List.of("会議室"), null, LocalDate.of(2026, 12, 20), "あ".repeat(100));
        Item after = new Item("海岸清掃", OffsetDateTime.parse("2026-12-05T09:30:00+09:00"), Category.CHILDCARE,
                List.of("会議室", "和室"), "0985-00-0000", LocalDate.of(2026, 12, 20), "い".repeat(100));

        List<AuditLog.Change> changes = AuditChanges.between(before, after).field("タイトル", Item::title)
                .field("開始日時", Item::start).field("分野", Item::category).field("部屋", Item::rooms)
                .field("問い合わせ先", Item::contact).field("締切日", Item::deadline).field("説明", Item::description)
                .list();

        assertThat(changes).containsExactly(
                new AuditLog.Change("開始日時", "2026/12/5(土) 9:00", "2026/12/5(土) 9:30"),
                new AuditLog.Change("分野", "環境", "子育て"),
                new AuditLog.Change("部屋", "会議室", "会議室、和室"),
                new AuditLog.Change("問い合わせ先", "なし", "0985-00-0000"),
                new AuditLog.Change("説明", "あ".repeat(60) + "…", "い".repeat(60) + "…"));
    }

    @Test
    void nothingShownChangedIsNoChange() {
        Item item = new Item("海岸清掃", OffsetDateTime.parse("2026-12-05T09:00:00+09:00"), Category.ENVIRONMENT,
                List.of(), "", null, "");
        Item same = new Item("海岸清掃", OffsetDateTime.parse("2026-12-05T00:00:00Z"), Category.ENVIRONMENT,
                List.of(), null, null, null);

        assertThat(AuditChanges.between(item, same).field("開始日時", Item::start).field("部屋", Item::rooms)
                .field("問い合わせ先", Item::contact).field("説明", Item::description).list()).isEmpty();
    }
}
