package jp.miyazaki.kyodo.catalog.console;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A catalog file as staff bring it: a CSV (UTF-8 with or without a byte order mark, Excel's quoting: a field with a
 * comma, a quote or a line break in double quotes) or the first sheet of an {@code .xlsx} workbook, told apart by
 * their first bytes; read into its header and its rows of text, each row with its number as Excel shows it (the
 * header is row 1). Rows with no text at all (Excel leaves some at the end) are skipped. A file that is neither
 * is refused with {@link Unreadable}, in words staff can act on.
 */
record SheetFile(List<String> header, List<Line> lines) {

    /** Past this many rows a file is refused: a catalog is hundreds of items, not a database dump. */
    static final int MOST_ROWS = 5_000;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final CSVFormat CSV = CSVFormat.EXCEL;
    private static final DateTimeFormatter CELL_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter CELL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    /** One row of the file: its number (the header is 1) and its cells' text. */
    record Line(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /** Why a file cannot be read at all, for staff. */
    static final class Unreadable extends RuntimeException {

        Unreadable(String why) {
            super(why);
        }
    }

    static SheetFile read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new Unreadable("ファイルが空です。");
        }
        if (startsWith(bytes, OLE2)) {
            throw new Unreadable("古いExcel形式（.xls）は読めません。Excelで「.xlsx」か「CSV UTF-8（コンマ区切り）」で保存し直してください。");
        }
        List<Line> all = startsWith(bytes, ZIP) ? workbook(bytes) : csv(bytes);
        if (all.isEmpty()) {
            throw new Unreadable("ファイルに見出しの行がありません。1行目に列の名前を書いてください。");
        }
        List<Line> rows = all.subList(1, all.size()).stream()
                .filter(line -> line.cells().stream().anyMatch(cell -> !cell.isBlank())).toList();
        if (rows.size() > MOST_ROWS) {
            throw new Unreadable("行が多すぎます（" + rows.size() + "行）。一度に取り込めるのは" + MOST_ROWS
                    + "行までです。ファイルを分けてください。");
        }
        return new SheetFile(all.get(0).cells().stream().map(String::strip).toList(), rows);
    }

    /** A CSV for Excel: a byte order mark, so Excel reads it as UTF-8, and CRLF line ends. */
    static byte[] csv(List<String> header, List<List<String>> rows) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSV)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(body, 0, file, BOM.length, body.length);
        return file;
    }

    private static List<Line> csv(byte[] bytes) {
        int from = startsWith(bytes, BOM) ? BOM.length : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("文字コードがUTF-8ではありません。Excelでは「CSV UTF-8（コンマ区切り）」で保存してください。");
        }
        List<Line> lines = new ArrayList<>();
        try (var parser = CSV.parse(new StringReader(text))) {
            int number = 1;
            for (CSVRecord record : parser) {
                lines.add(new Line(number++, record.toList()));
                if (lines.size() > MOST_ROWS + 1) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports a quote left open at the end of the file this way.
            throw new Unreadable("CSVとして読めません（引用符「\"」の閉じ忘れなど）。Excelで保存し直してください。");
        }
        return lines;
    }

    private static List<Line> workbook(byte[] bytes) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MOST_ROWS + 1) {
                throw new Unreadable("行が多すぎます。一度に取り込めるのは" + MOST_ROWS + "行までです。ファイルを分けてください。");
            }
            DataFormatter shown = new DataFormatter();
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                    Cell cell = row.getCell(column);
                    cells.add(cell == null ? "" : text(cell, shown));
                }
                // Row numbers stay the sheet's own, so a row reported as 12 is row 12 in Excel.
                lines.add(new Line(row.getRowNum() + 1, cells));
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Unreadable unreadable) {
                throw unreadable;
            }
            throw new Unreadable("Excelのファイル（.xlsx）として読めません。Excelで開けるか確かめて、保存し直してください。");
        }
    }

    /**
     * A cell's text as the row needs it: a date cell as {@code 2026-12-05} or {@code 2026-12-05 09:00} (whatever
     * format Excel shows it in), a formula by its last result, anything else as Excel shows it.
     */
    private static String text(Cell cell, DataFormatter shown) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? dateText(cell.getLocalDateTimeCellValue())
                    : shown.formatRawCellContents(cell.getNumericCellValue(), -1, "General");
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String dateText(LocalDateTime when) {
        return when.toLocalTime().equals(LocalTime.MIDNIGHT) ? CELL_DATE.format(when)
                : CELL_DATE_TIME.format(when);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
