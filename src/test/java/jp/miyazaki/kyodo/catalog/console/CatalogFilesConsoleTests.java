package jp.miyazaki.kyodo.catalog.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Facility;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * The console's import as staff use it: the list links to it and to the export; an upload shows a preview — with
 * a bad row, the row's number, its column and the problem in Japanese, no confirm button and nothing written; with
 * a good file, the rows and a confirm button that writes them.
 */
class CatalogFilesConsoleTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "console import password";
    private static final String HEADER = "ID,名称,種類,地域,住所,開館時間,部屋,設備,予約方法,電話,部署,緯度,経度,"
            + "英語の名称,英語の予約方法\r\n";
    private static final Pattern DATA = Pattern.compile("name=\"data\" value=\"([^\"]+)\"");

    @Autowired
    private StaffAccounts accounts;

    @Autowired
    private CatalogRepository catalog;

    private ConsoleSession console;

    @BeforeEach
    void signedIn() {
        accounts.create("sakura", PASSWORD, StaffRole.ADMIN, "test", Instant.now());
        console = ConsoleSession.signedIn(port, "sakura", PASSWORD);
    }

    @Test
    void aBadRowIsShownWithItsRowAndColumnAndNothingIsWritten() {
        assertThat(console.get("/admin/facilities").body()).contains("id=\"facilities-export\"",
                "id=\"facilities-import\"");
        String page = console.get("/admin/facilities/import").body();
        int before = catalog.listFacilities().size();
        byte[] file = (HEADER + ",北部交流センター,交流センター,檍,宮崎市北部1-1,9:00〜21:00,,,電話で予約,0985-00-0001,,,\r\n"
                + ",どこかの公民館,公民館,どこか,,,,,,0985-00-0002,,,\r\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> preview = console.postFile("/admin/facilities/import", ConsoleSession.csrf(page), "file",
                "施設.csv", "text/csv", file);

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"row-errors\"", "<td>3</td><td>地域</td><td>地域を一覧から選んでください</td>",
                "2行のうち、問題が1件あります").doesNotContain("id=\"confirm-import\"");
        assertThat(catalog.listFacilities()).as("a preview writes nothing").hasSize(before);
    }

    @Test
    void aGoodFileIsPreviewedThenWrittenWhenConfirmed() {
        String page = console.get("/admin/facilities/import").body();
        int before = catalog.listFacilities().size();
        byte[] file = (HEADER + "fac-new,北部交流センター,交流センター,檍,宮崎市北部1-1,9:00〜21:00,\"会議室\n和室\",,"
                + "電話で予約,0985-00-0001,,32.0,131.4\r\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> preview = console.postFile("/admin/facilities/import", ConsoleSession.csrf(page), "file",
                "施設.csv", "text/csv", file);

        assertThat(preview.body()).contains("id=\"import-rows\"", "全1行に問題はありません。新規1件、更新0件を取り込みます。",
                "<td>2</td><td>fac-new</td><td>北部交流センター</td><td>新規</td>", "id=\"confirm-import\"");
        assertThat(catalog.findFacility("fac-new")).isEmpty();
        Matcher data = DATA.matcher(preview.body());
        assertThat(data.find()).isTrue();

        HttpResponse<String> confirmed = console.postForm("/admin/facilities/import/confirm", Map.of("data",
                data.group(1), "fileName", "施設.csv", "_csrf", ConsoleSession.csrf(preview.body())));

        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(confirmed.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/admin/facilities"));
        assertThat(console.get("/admin/facilities").body()).contains("1行を取り込みました（新規1件、更新0件）。");
        Facility facility = catalog.findFacility("fac-new").orElseThrow();
        assertThat(facility.rooms()).containsExactly("会議室", "和室");
        assertThat(catalog.listFacilities()).hasSize(before + 1);
        HttpResponse<String> export = console.get("/admin/facilities/export.csv");
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv"));
        assertThat(export.body()).startsWith("\uFEFFID,名称,種類").contains("fac-new,北部交流センター");
    }
}
