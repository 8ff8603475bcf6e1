package jp.miyazaki.kyodo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * Bulk import and export through the admin API: Excel's CSV (BOM, quoted commas, line breaks and quotes) and an
 * .xlsx made here with POI; a dry run writes nothing; a file with one bad row writes none of its rows; a good one
 * writes all of them with one audit entry; an export imports back unchanged.
 */
class CatalogFilesIntegrationTests extends KyodoIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(CatalogFilesIntegrationTests.class);
    private static final String PASSWORD = "bulk import password 1";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String OPPORTUNITY_HEADER = "ID,種類,タイトル,分野,地域,場所,開始日時,終了日時,定員,主催,"
            + "問い合わせ先,説明,部署,参加しやすさ,住所,緯度,経度,"
            + "英語のタイトル,英語の説明,英語の場所,英語の主催\r\n";
    private static final String BOM = "\uFEFF";

    @Autowired
    private StaffAccounts accounts;

    @Autowired
    private CatalogRepository catalog;

    @Autowired
    private AuditLog audit;

    @Autowired
    private JsonMapper json;

    private AdminApi staff;

    @BeforeEach
    void staffMember() {
        accounts.create("kaede", PASSWORD, StaffRole.ADMIN, "test", Instant.now());
        staff = AdminApi.basic(port, "kaede", PASSWORD);
    }

    @Test
    void aCsvSavedByExcelImportsWithItsQuotedCommasLineBreaksAndQuotes() {
        String description = "軍手を持ってきてください, 雨天中止\n「集合」は \"橋の下\" です";
        byte[] csv = (BOM + OPPORTUNITY_HEADER + "imp-1,volunteer,大淀川の清掃,environment,大淀,大淀川河川敷,"
                + "2027/1/16 9:00,2027/1/16 11:00,20,大淀川を守る会,0985-00-0000,\""
                + description.replace("\"", "\"\"") + "\",,\"beginners,children_welcome\",,32.0286,131.4265\r\n")
                .getBytes(StandardCharsets.UTF_8);
        int before = catalog.listOpportunities().size();

        HttpResponse<String> preview = staff.postFile("/api/admin/opportunities/import?dryRun=true", "file",
                "opportunities.csv", "text/csv", csv);

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(read(preview).get("rows").asInt()).isEqualTo(1);
        assertThat(read(preview).get("errors").isEmpty()).isTrue();
        assertThat(catalog.listOpportunities()).as("a dry run writes nothing").hasSize(before);

        HttpResponse<String> imported = staff.postFile("/api/admin/opportunities/import", "file",
                "opportunities.csv", "text/csv", csv);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(read(imported).get("created").asInt()).isEqualTo(1);
        Opportunity stored = catalog.findOpportunity("imp-1").orElseThrow();
        assertThat(stored.description()).isEqualTo(description);
        assertThat(stored.title()).isEqualTo("大淀川の清掃");
        assertThat(stored.start().toLocalDateTime()).hasToString("2027-01-16T09:00");
        assertThat(stored.attributes()).containsExactlyInAnyOrder(OpportunityAttribute.BEGINNERS,
                OpportunityAttribute.CHILDREN_WELCOME);
        assertThat(stored.location()).isNotNull();
        assertThat(stored.department()).as("blank: the staff member's own department, as the console's form")
                .isNotBlank();
        assertThat(audit.latest(5)).filteredOn(entry -> entry.action().equals("opportunity.import"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.detail()).contains("1行を取り込み");
                    assertThat(entry.targetShown()).isEqualTo("opportunities.csv");
                });
    }

    @Test
    void anXlsxMadeWithExcelCellTypesImportsAsTheRawBody() throws IOException {
        byte[] xlsx = workbook(List.of(
                List.of("ID", "名称", "目的・内容", "分野", "対象団体", "金額", "受付開始日", "受付終了日", "締切日",
                        "必要書類", "問い合わせ先", "詳しい案内のURL", "部署", "英語の名称", "英語の目的・内容"),
                List.of("", "地域の花いっぱい助成", "花壇づくりを助けます。", "environment,community",
                        "自治会\n市民活動団体", "上限5万円", LocalDate.of(2027, 4, 1), "", LocalDate.of(2027, 5, 31),
                        "申請書", "市民活動推進課", "https://www.city.miyazaki.miyazaki.jp/", "")));
        int before = catalog.listGrants().size();

        HttpResponse<String> imported = staff.postBody("/api/admin/grants/import", XLSX, xlsx);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(catalog.listGrants()).hasSize(before + 1);
        Grant grant = catalog.listGrants().stream().filter(g -> g.name().equals("地域の花いっぱい助成")).findFirst()
                .orElseThrow();
        assertThat(grant.deadline()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(grant.applicationOpens()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(grant.eligibleGroups()).containsExactly("自治会", "市民活動団体");
        assertThat(grant.categories()).containsExactly(Category.ENVIRONMENT, Category.COMMUNITY);
    }

    @Test
    void oneBadRowWritesNoneOfTheRowsAndThePreviewSaysWhichRowAndColumn() {
        byte[] csv = (OPPORTUNITY_HEADER
                + ",volunteer,公園の清掃,environment,大淀,公園,2027-01-16 09:00,2027-01-16 11:00,10,,,,,,,,\r\n"
                + ",event,名前の無い日付,sports,大淀,体育館,2027-13-40 09:00,2027-01-16 11:00,10,,,,,,,,\r\n"
                + ",course,部署違い,culture,大淀,公民館,2027-01-20 09:00,2027-01-20 11:00,10,,,,存在しない課,,,,\r\n")
                .getBytes(StandardCharsets.UTF_8);
        int before = catalog.listOpportunities().size();

        HttpResponse<String> preview = staff.postBody("/api/admin/opportunities/import?dryRun=true", "text/csv",
                csv);

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonNode report = read(preview);
        assertThat(report.get("rows").asInt()).isEqualTo(3);
        List<String> errors = new ArrayList<>();
        report.get("errors").forEach(e -> errors.add(e.get("row").asInt() + " " + e.get("field").asString() + " "
                + e.get("message").asString()));
        assertThat(errors).as("the row as Excel numbers it (the header is row 1), the column, in Japanese")
                .containsExactly("3 start 開始日時は「2026-12-05 09:00」の形で入力してください",
                        "4 department 部署「存在しない課」はありません。部署の一覧にある名前にしてください");

        HttpResponse<String> confirmed = staff.postBody("/api/admin/opportunities/import", "text/csv", csv);

        assertThat(confirmed.statusCode()).isEqualTo(422);
        assertThat(read(confirmed).get("errors")).hasSize(2);
        assertThat(read(confirmed).get("written").asBoolean()).isFalse();
        assertThat(catalog.listOpportunities()).as("not even the good row is written").hasSize(before);
        assertThat(audit.latest(5)).noneMatch(entry -> entry.action().endsWith(".import"));
    }

    @Test
    void aFileThatCannotBeReadIsAProblemThatSaysWhatToDo() {
        HttpResponse<String> unknownColumn = staff.postBody("/api/admin/facilities/import", "text/csv",
                "名称,色\r\n公民館,赤\r\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> brokenWorkbook = staff.postBody("/api/admin/facilities/import", XLSX,
                new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        HttpResponse<String> shiftJis = staff.postBody("/api/admin/facilities/import", "text/csv",
                "名称\r\n公民館\r\n".getBytes(java.nio.charset.Charset.forName("Shift_JIS")));

        assertThat(unknownColumn.statusCode()).isEqualTo(400);
        assertThat(unknownColumn.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(read(unknownColumn).get("detail").asString()).contains("「色」は施設の列ではありません");
        assertThat(brokenWorkbook.statusCode()).isEqualTo(400);
        assertThat(read(brokenWorkbook).get("detail").asString()).contains(".xlsx");
        assertThat(shiftJis.statusCode()).isEqualTo(400);
        assertThat(read(shiftJis).get("detail").asString()).contains("UTF-8");
    }

    @Test
    void anExportImportsBackUnchangedForEveryList() {
        for (String list : List.of("opportunities", "grants", "facilities")) {
            HttpResponse<byte[]> export = staff.getBytes("/api/admin/" + list + "/export", "text/csv");
            assertThat(export.statusCode()).isEqualTo(200);
            assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/csv"));
            assertThat(new String(export.body(), StandardCharsets.UTF_8)).startsWith(BOM);

            HttpResponse<String> imported = staff.postBody("/api/admin/" + list + "/import", "text/csv",
                    export.body());

            assertThat(imported.statusCode()).as(list + ": " + imported.body()).isEqualTo(200);
            JsonNode report = read(imported);
            assertThat(report.get("created").asInt()).as(list).isZero();
            assertThat(report.get("updated").asInt()).as(list).isEqualTo(report.get("rows").asInt()).isPositive();
            assertThat(staff.getBytes("/api/admin/" + list + "/export", "text/csv").body())
                    .as(list + ": exported again, the same file").isEqualTo(export.body());
        }
        // The English texts travel with the rows: an import that replaces an item keeps them.
        assertThat(catalog.findOpportunity("opp-001")).hasValueSatisfying(o ->
                assertThat(o.translations().toString()).contains("Aoshima Beach Clean-up"));
    }

    @Test
    void threeHundredRowsAreWrittenTogether() {
        StringBuilder csv = new StringBuilder(OPPORTUNITY_HEADER);
        for (int i = 1; i <= 300; i++) {
            csv.append("bulk-").append(i).append(",volunteer,清掃ボランティア ").append(i)
                    .append(",environment,大淀,河川敷,2027-02-01 09:00,2027-02-01 11:00,10,,,ごみを拾います,,,,,\r\n");
        }
        long started = System.nanoTime();

        HttpResponse<String> imported = staff.postBody("/api/admin/opportunities/import", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));

        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(catalog.listOpportunities()).filteredOn(o -> o.id().startsWith("bulk-")).hasSize(300);
        log.info("imported 300 opportunities in {} s: {} rows/s", String.format("%.2f", seconds),
                Math.round(300 / seconds));
    }

    @Test
    void theOpenApiDocumentSaysWhichFilesTheImportTakes() {
        JsonNode paths = read(staff.get("/v3/api-docs")).get("paths");

        for (String list : List.of("opportunities", "grants", "facilities")) {
            JsonNode body = paths.get("/api/admin/" + list + "/import").get("post").get("requestBody").get("content");
            assertThat(body.propertyNames()).as(list).contains("multipart/form-data", "text/csv", XLSX);
            assertThat(paths.get("/api/admin/" + list + "/export").get("get").get("responses").get("200")
                    .get("content").propertyNames()).as(list).contains("text/csv");
        }
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    /** A workbook as Excel saves it: text cells, and dates as date-formatted numbers. */
    private static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("補助金");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Cell cell = row.createCell(c);
                    Object value = rows.get(r).get(c);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
