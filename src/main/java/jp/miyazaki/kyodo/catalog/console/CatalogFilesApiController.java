package jp.miyazaki.kyodo.catalog.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffApi;
import jp.miyazaki.kyodo.web.CsvForExcel;

/**
 * Bulk export and import of the catalog for staff: {@code GET /api/admin/{list}/export} answers every item as a CSV
 * for Excel (UTF-8 with a BOM, Japanese headings); {@code POST /api/admin/{list}/import} takes such a CSV or an
 * {@code .xlsx}, as a multipart upload (part {@code file}) or as the raw body, and writes every row or none
 * ({@link CatalogFiles}); {@code ?dryRun=true} only says what it would do. A file that cannot be read is a 400
 * problem whose detail says in Japanese what to do; rows with problems are a 422 with the same report as the dry
 * run (which answers 200, problems or not), and nothing written.
 */
@StaffApi
@RestController
@RequestMapping("/api/admin")
@Tag(name = "catalog", description = "Opportunities, grants and facilities")
public class CatalogFilesApiController {

    /** The largest file taken, as the console's uploads (Spring's multipart limit). */
    static final int MOST_BYTES = 1024 * 1024;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String IMPORT = "Imports a CSV (UTF-8, with or without BOM, Excel's quoting) or an .xlsx "
            + "(first sheet) with the export's columns (Japanese headings or the English field names; ID blank = new "
            + "item, else the item it replaces); every row is checked with the same rules as a create or update and "
            + "either all rows are written or none; one audit entry. dryRun=true writes nothing and answers the same "
            + "report with 200, problems or not. 400: the file cannot be read (problem JSON); 422: rows with "
            + "problems, nothing written. An opportunity whose time or place moves tells its signed-up citizens on "
            + "LINE, as an edit does.";

    private final CatalogFiles files;
    private final CatalogSheets sheets;
    private final StaffAccounts staff;

    CatalogFilesApiController(CatalogFiles files, CatalogSheets sheets, StaffAccounts staff) {
        this.files = files;
        this.sheets = sheets;
        this.staff = staff;
    }

    @GetMapping(path = {"/opportunities/export", "/grants/export", "/facilities/export"}, produces = "text/csv")
    @Operation(summary = "Every item of the list as a CSV for Excel (UTF-8 with BOM), in the columns its import reads")
    public ResponseEntity<byte[]> export(HttpServletRequest request) {
        return download(files, sheets.of(request));
    }

    /** The list's export as a download named after it ({@code grants.csv}); the console's too. */
    static ResponseEntity<byte[]> download(CatalogFiles files, CatalogSheet<?> sheet) {
        return ResponseEntity.ok().contentType(CsvForExcel.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(sheet.path() + ".csv", StandardCharsets.UTF_8).build().toString())
                .body(files.export(sheet));
    }

    @PostMapping({"/opportunities/import", "/grants/import", "/facilities/import"})
    @Operation(summary = "Imports the list's items from a CSV or an .xlsx", description = IMPORT)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
            @Content(mediaType = "multipart/form-data", schema = @Schema(implementation = Upload.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "200", description = "written, or the dry run's report",
            content = @Content(schema = @Schema(implementation = CatalogFiles.Report.class)))
    @ApiResponse(responseCode = "422", description = "rows with problems; nothing written",
            content = @Content(schema = @Schema(implementation = CatalogFiles.Report.class)))
    @ApiResponse(responseCode = "400", description = "the file cannot be read",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<CatalogFiles.Report> importFile(HttpServletRequest request,
            @Parameter(description = "true: only check, write nothing") @RequestParam(defaultValue = "false")
            boolean dryRun, Principal who) throws IOException, ServletException {
        CatalogSheet<?> sheet = sheets.of(request);
        String fileName = null;
        byte[] body;
        String type = request.getContentType();
        if (type != null && MediaType.parseMediaType(type).isCompatibleWith(MediaType.MULTIPART_FORM_DATA)) {
            Part part = request.getPart("file");
            if (part == null) {
                throw new SheetFile.Unreadable("ファイルがありません。「file」という名前で送ってください。");
            }
            fileName = part.getSubmittedFileName();
            body = bytes(part.getInputStream());
        } else {
            body = bytes(request.getInputStream());
        }
        String department = staff.departmentOf(who.getName());
        CatalogFiles.Report report = dryRun ? files.check(sheet, body, department)
                : files.apply(sheet, body, fileName, department);
        return ResponseEntity.status(dryRun || report.errors().isEmpty() ? HttpStatus.OK
                : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
    }

    @ExceptionHandler(SheetFile.Unreadable.class)
    public ProblemDetail unreadable(SheetFile.Unreadable unreadable) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadable.getMessage());
        problem.setTitle("unreadable file");
        return problem;
    }

    @ExceptionHandler(CatalogFiles.NotWritten.class)
    public ProblemDetail notWritten(CatalogFiles.NotWritten failed) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                failed.explanation());
        problem.setTitle("import not written");
        return problem;
    }

    private static byte[] bytes(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(MOST_BYTES + 1);
            if (bytes.length > MOST_BYTES) {
                throw new SheetFile.Unreadable("ファイルが大きすぎます（1MBまで）。ファイルを分けてください。");
            }
            return bytes;
        }
    }

    /** The multipart form of an import. */
    public record Upload(@Schema(type = "string", format = "binary", description = "the CSV or .xlsx") String file) {
    }
}
