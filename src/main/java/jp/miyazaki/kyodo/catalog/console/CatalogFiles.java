package jp.miyazaki.kyodo.catalog.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.OtherDepartmentsItem;
import jp.miyazaki.kyodo.catalog.CatalogItemChanges;
import jp.miyazaki.kyodo.catalog.OpportunityChanges;
import jp.miyazaki.kyodo.catalog.console.CatalogSheet.Cells;
import jp.miyazaki.kyodo.catalog.console.CatalogSheet.Column;
import jp.miyazaki.kyodo.catalog.console.CatalogSheet.Problem;
import jp.miyazaki.kyodo.shared.ChangeRefused;

/**
 * Exporting the catalog to a file and importing one, for the admin API and the console alike. Importing: every row
 * is read and checked first (the form's rules, then the application service's, see {@link CatalogSheets}); only a
 * file without a single problem is written, and then every row is. Nothing is written on a dry run (the preview).
 * <p>
 * Writing is one item after another through the repository's own save, which keeps the search indexes (Kuromoji
 * terms computed in Java, the old version's entries removed first); if a write fails midway, what was written is
 * undone (the items replaced are saved back as they were, the new ones deleted) before the failure is reported. A
 * single Redis {@code MULTI} or Lua script was not chosen: the save reads the stored version to unindex it and the
 * terms come from Java, so it would mean a second way of storing items beside the one every edit uses. The cost:
 * for the moment of the import, a reader may see part of it, and if Redis itself goes away midway the undo cannot
 * reach it either (then the log names the items left). One audit entry ({@code opportunity.import}, …) records
 * the file and how many rows; moved opportunities are told to their signed-up citizens, as an edit is.
 */
@Service
public class CatalogFiles {

    private static final Logger log = LoggerFactory.getLogger(CatalogFiles.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private final AuditLog audit;

    public CatalogFiles(AuditLog audit) {
        this.audit = audit;
    }

    /** Every item of the sheet as a CSV for Excel, in the columns the import reads. */
    <T> byte[] export(CatalogSheet<T> sheet) {
        return SheetFile.csv(sheet.header(), sheet.store().all().get().stream().map(sheet.cells()).toList());
    }

    /** What a file would do: nothing is written. */
    <T> Report check(CatalogSheet<T> sheet, byte[] file, String fallbackDepartment) {
        return plan(sheet, SheetFile.read(file), fallbackDepartment).report(false, 0);
    }

    /**
     * Writes every row of a file without problems, or none (the report says which); {@code fileName} names the
     * import in the audit log.
     */
    <T> Report apply(CatalogSheet<T> sheet, byte[] file, String fileName, String fallbackDepartment) {
        Plan<T> plan = plan(sheet, SheetFile.read(file), fallbackDepartment);
        if (!plan.problems().isEmpty() || plan.steps().isEmpty()) {
            return plan.report(false, 0);
        }
        write(sheet, plan.steps());
        int told = plan.steps().stream().filter(step -> step.before().isPresent())
                .mapToInt(step -> sheet.store().tell().applyAsInt(step.before().get(), step.after())).sum();
        Report written = plan.report(true, told);
        audit.record(sheet.kind() + ".import", new AuditLog.Target(null, fileName == null || fileName.isBlank()
                ? sheet.heading() : fileName), written.rows() + "行を取り込み（新規" + written.created() + "件、更新"
                + written.updated() + "件）", List.of());
        return written;
    }

    private <T> Plan<T> plan(CatalogSheet<T> sheet, SheetFile file, String fallbackDepartment) {
        Map<Integer, String> columns = columns(sheet, file.header());
        List<Problem> problems = new ArrayList<>();
        List<Step<T>> steps = new ArrayList<>();
        Map<String, Integer> rowOfId = new HashMap<>();
        for (SheetFile.Line line : file.lines()) {
            Map<String, String> byName = new HashMap<>();
            columns.forEach((index, name) -> byName.put(name, line.cell(index)));
            Cells cells = new Cells(line.number(), byName, sheet::labelOf);
            String id = cells.text("id");
            if (!id.isEmpty() && !ID.matcher(id).matches()) {
                cells.problem("id", "IDは半角の英数字と「-」「_」「.」で64文字以内にしてください（新しく登録する行は空欄に）");
            } else if (!id.isEmpty() && rowOfId.containsKey(id)) {
                cells.problem("id", "ID「" + id + "」は" + rowOfId.get(id) + "行目にもあります。1つの項目は1行にしてください");
            }
            if (id.isEmpty()) {
                id = CatalogSheets.newId(sheet.idPrefix());
            }
            rowOfId.putIfAbsent(id, line.number());
            Optional<T> before = sheet.store().find().apply(id);
            T item = sheet.reader().item(cells, id, before.map(sheet.store().sample()).orElse(false));
            if (item != null && cells.problems().isEmpty()) {
                vetted(sheet, item, fallbackDepartment, cells)
                        .ifPresent(after -> steps.add(new Step<>(line.number(), before, after)));
            }
            problems.addAll(cells.problems());
        }
        return new Plan<>(sheet, file.lines().size(), problems, steps);
    }

    /** The item as the application service would store it, or its refusal added to the row's problems. */
    private static <T> Optional<T> vetted(CatalogSheet<T> sheet, T item, String fallbackDepartment, Cells cells) {
        try {
            return Optional.of(sheet.store().vetted().apply(item, fallbackDepartment));
        } catch (OtherDepartmentsItem refused) {
            cells.problem("department", refused.explanation());
        } catch (ChangeRefused refused) {
            ChangeRefused.Refusal refusal = refused.refusal();
            if (refusal instanceof OpportunityChanges.Refusal.CapacityBelowPlacesTaken below) {
                cells.problem("capacity", "すでに" + below.taken() + "人分の申し込みがあるため、定員を" + below.capacity()
                        + "人にはできません。" + below.taken() + "人以上にするか、先に申し込みを取り消してください");
            } else if (refusal instanceof OpportunityChanges.Refusal.UnknownDepartment unknown) {
                unknownDepartment(cells, unknown.department());
            } else if (refusal instanceof CatalogItemChanges.Refusal.UnknownDepartment unknown) {
                unknownDepartment(cells, unknown.department());
            } else {
                throw refused;
            }
        }
        return Optional.empty();
    }

    private static void unknownDepartment(Cells cells, String department) {
        cells.problem("department", "部署「" + department + "」はありません。部署の一覧にある名前にしてください");
    }

    /** The file's columns by position; a heading that is not one of the sheet's, or a missing one, refuses the file. */
    private static Map<Integer, String> columns(CatalogSheet<?> sheet, List<String> header) {
        Map<Integer, String> byIndex = new LinkedHashMap<>();
        for (int index = 0; index < header.size(); index++) {
            String heading = header.get(index);
            if (heading.isEmpty()) {
                continue;
            }
            Column column = sheet.columns().stream().filter(c -> c.label().equals(heading)
                    || c.name().equalsIgnoreCase(heading)).findFirst()
                    .orElseThrow(() -> new SheetFile.Unreadable("1行目の「" + heading + "」は" + sheet.heading()
                            + "の列ではありません。使える列は " + String.join("、", sheet.header()) + " です。"));
            if (byIndex.containsValue(column.name())) {
                throw new SheetFile.Unreadable("1行目に「" + column.label() + "」の列が2つあります。");
            }
            byIndex.put(index, column.name());
        }
        List<String> missing = sheet.columns().stream().filter(c -> !c.name().equals("id"))
                .filter(c -> !byIndex.containsValue(c.name())).map(Column::label).toList();
        if (!missing.isEmpty()) {
            throw new SheetFile.Unreadable("1行目に次の列がありません：" + String.join("、", missing)
                    + "。一覧の「CSVで出力」で出したファイルをひな形にしてください。");
        }
        return byIndex;
    }

    /** Saves every step; if one fails, undoes those before it and reports the failure. */
    private static <T> void write(CatalogSheet<T> sheet, List<Step<T>> steps) {
        List<Step<T>> written = new ArrayList<>();
        try {
            for (Step<T> step : steps) {
                sheet.store().save().accept(step.after());
                written.add(step);
            }
        } catch (RuntimeException failure) {
            log.warn("a {} import failed at row {} of {}; undoing the {} written", sheet.kind(),
                    steps.get(written.size()).row(), steps.size(), written.size(), failure);
            Collections.reverse(written);
            try {
                for (Step<T> step : written) {
                    step.before().ifPresentOrElse(sheet.store().save(),
                            () -> sheet.store().delete().accept(sheet.store().id().apply(step.after())));
                }
            } catch (RuntimeException undoFailed) {
                log.error("undoing a {} import failed; these ids may hold the file's rows: {}", sheet.kind(),
                        written.stream().map(step -> sheet.store().id().apply(step.after())).toList(), undoFailed);
                throw new NotWritten(false, failure);
            }
            throw new NotWritten(true, failure);
        }
    }

    /** What an import did or would do. {@code written} false: nothing was written. */
    public record Report(int rows, List<Problem> errors, int created, int updated, boolean written,
            int citizensTold, List<Entry> entries) {
    }

    /** A row that is fine: its number, the item's id and name, whether it replaces an item. */
    public record Entry(int row, String id, String name, boolean replaces) {
    }

    /** Writing failed midway; {@code undone} says whether what had been written was taken back. */
    static final class NotWritten extends RuntimeException {

        private final boolean undone;

        NotWritten(boolean undone, Throwable cause) {
            super("the import could not be written", cause);
            this.undone = undone;
        }

        boolean undone() {
            return undone;
        }

        /** What happened, for staff. */
        String explanation() {
            return undone ? "書き込みの途中で失敗したため、書き込んだ分を元に戻しました。何も取り込まれていません。"
                    + "少し時間をおいてもう一度お試しください。"
                    : "書き込みの途中で失敗し、元に戻すこともできませんでした。一覧を確かめて、システム担当者にお知らせください。";
        }
    }

    private record Step<T>(int row, Optional<T> before, T after) {
    }

    private record Plan<T>(CatalogSheet<T> sheet, int rows, List<Problem> problems, List<Step<T>> steps) {

        Report report(boolean written, int told) {
            int updated = (int) steps.stream().filter(step -> step.before().isPresent()).count();
            List<Entry> entries = steps.stream().map(step -> new Entry(step.row(),
                    sheet.store().id().apply(step.after()), sheet.store().name().apply(step.after()),
                    step.before().isPresent())).toList();
            return new Report(rows, problems, problems.isEmpty() ? steps.size() - updated : 0,
                    problems.isEmpty() ? updated : 0, written, told, entries);
        }
    }
}
