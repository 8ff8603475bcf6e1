package jp.miyazaki.kyodo.richmenu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * One admin action installs the menu at WireMock standing in for LINE (both api.line.me and api-data.line.me):
 * create, upload the image, set as default — every request checked against LINE's OpenAPI document. Only admins may,
 * and an uploaded image's size is read from its header before anything decodes it.
 */
class RichMenuInstallIntegrationTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "rich menu test password";

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private AuditLog audit;
    @Autowired
    private JsonMapper json;

    @DynamicPropertySource
    static void dataEndpoint(DynamicPropertyRegistry registry) {
        registry.add("kyodo.rich-menu.api-data-endpoint", LINE::baseUrl);
    }

    @BeforeEach
    void anAdminAndAStaffMember() {
        accounts.create("tsubasa", PASSWORD, StaffRole.ADMIN, "test", Instant.now());
        accounts.create("kaede", PASSWORD, StaffRole.STAFF, "test", Instant.now());
    }

    @Test
    void createsTheMenuUploadsItsDrawnImageAndMakesItTheDefault() {
        var response = AdminApi.basic(port, "tsubasa", PASSWORD).post("/api/admin/rich-menu/install", "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("richMenuId").asString()).isEqualTo(LineApiMock.RICH_MENU_ID);

        List<LoggedRequest> created = LINE.requests(LineApiMock.RICH_MENU);
        assertThat(created).hasSize(1);
        JsonNode menu = json.readTree(created.get(0).getBodyAsString());
        assertThat(menu.get("size").get("width").asInt()).isEqualTo(2500);
        assertThat(menu.get("size").get("height").asInt()).isEqualTo(1686);
        assertThat(menu.get("selected").asBoolean()).isTrue();
        assertThat(menu.get("chatBarText").asString()).isEqualTo("メニュー");
        JsonNode areas = menu.get("areas");
        assertThat(areas).hasSize(6);
        assertThat(areas.get(0).get("action").get("type").asString()).isEqualTo("postback");
        assertThat(areas.get(0).get("action").get("data").asString()).isEqualTo("intent=activity.search");
        assertThat(areas.get(0).get("action").get("displayText").asString()).isEqualTo("活動を探す");
        assertThat(areas.get(5).get("bounds").get("x").asInt()).isEqualTo(1666);
        assertThat(areas.get(5).get("bounds").get("y").asInt()).isEqualTo(843);

        List<LoggedRequest> uploads = LINE.requests(LineApiMock.RICH_MENU_CONTENT);
        assertThat(uploads).hasSize(1);
        assertThat(uploads.get(0).getHeader("Content-Type")).startsWith("image/png");
        assertThat(uploads.get(0).getHeader("Authorization")).isEqualTo("Bearer " + CHANNEL_TOKEN);
        byte[] image = uploads.get(0).getBody();
        assertThat(image).startsWith(0x89, 'P', 'N', 'G');
        assertThat(LINE.requests(LineApiMock.DEFAULT_RICH_MENU)).hasSize(1);
        assertThat(audit.latest(1)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("tsubasa");
            assertThat(entry.action()).isEqualTo("richmenu.install");
            assertThat(entry.target()).isEqualTo(LineApiMock.RICH_MENU_ID);
        });
    }

    @Test
    void aRefusedCreationStopsBeforeTheImageAndTheDefault() {
        LINE.stub(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(LineApiMock.RICH_MENU)).atPriority(1)
                .willReturn(LineApiMock.json(400, "{\"message\":\"A message (messages[0]) in the request body is invalid\"}")));

        var response = AdminApi.basic(port, "tsubasa", PASSWORD).post("/api/admin/rich-menu/install", "");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(LINE.requests(LineApiMock.RICH_MENU_CONTENT)).isEmpty();
        assertThat(LINE.requests(LineApiMock.DEFAULT_RICH_MENU)).isEmpty();
    }

    @Test
    void nobodyInstallsWithoutSigningIn() {
        assertThat(AdminApi.anonymous(port).post("/api/admin/rich-menu/install", "").statusCode()).isEqualTo(401);
        assertThat(LINE.requests(LineApiMock.RICH_MENU)).isEmpty();
    }

    @Test
    void aStaffMemberWhoIsNotAnAdminMayNotInstall() {
        HttpResponse<String> api = AdminApi.basic(port, "kaede", PASSWORD).post("/api/admin/rich-menu/install", "");
        ConsoleSession console = ConsoleSession.signedIn(port, "kaede", PASSWORD);
        String page = console.get("/admin/rich-menu").body();
        HttpResponse<String> form = console.postForm("/admin/rich-menu/install",
                Map.of("_csrf", ConsoleSession.csrf(console.get("/admin").body())));

        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(page).contains("管理者だけです").doesNotContain("全員のメニューとして設定する");
        assertThat(LINE.requests(LineApiMock.RICH_MENU)).isEmpty();
    }

    @Test
    void anImageClaimingHugeDimensionsIsRefusedFromItsHeaderWithoutDecodingIt() throws Exception {
        byte[] bomb = pngClaiming(16000, 16000);
        assertThat(bomb.length).as("a small file").isLessThan(RichMenuImage.MAX_BYTES);
        List<MemoryPoolMXBean> oldGeneration = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getName().contains("Old")).toList();
        System.gc();
        oldGeneration.forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = oldGeneration.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();

        HttpResponse<String> refused = upload(bomb);

        long peak = oldGeneration.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(refused.body()).get("detail").asString()).contains("2500×1686");
        assertThat(oldGeneration).as("a heap with an old generation to watch").isNotEmpty();
        assertThat(peak - before).as("old generation growth while refusing, in bytes (decoding would take 768 MB)")
                .isLessThan(200L * 1024 * 1024);
        assertThat(LINE.requests(LineApiMock.RICH_MENU)).isEmpty();
    }

    @Test
    void anUploadOverOneMegabyteIsRefusedUnread() throws Exception {
        byte[] large = new byte[2 * RichMenuImage.MAX_BYTES];
        large[0] = (byte) 0x89;

        HttpResponse<String> refused = upload(large);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(LINE.requests(LineApiMock.RICH_MENU)).isEmpty();
    }

    private HttpResponse<String> upload(byte[] image) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/admin/rich-menu/install"))
                .header("Content-Type", "image/png")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("tsubasa:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(image)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A PNG whose header claims {@code width} × {@code height} RGB pixels, all black: it compresses a thousandfold. */
    private static byte[] pngClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream rows = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION),
                1 << 16)) {
            byte[] row = new byte[1 + 3 * width];
            for (int y = 0; y < height; y++) {
                rows.write(row);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.write(ByteBuffer.allocate(4).putInt(data.length).array());
        png.write(name);
        png.write(data);
        png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
