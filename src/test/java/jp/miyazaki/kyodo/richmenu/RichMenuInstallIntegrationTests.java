package jp.miyazaki.kyodo.richmenu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

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
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * One admin action installs the menu at WireMock standing in for LINE (both api.line.me and api-data.line.me):
 * create, upload the image, set as default — every request checked against LINE's OpenAPI document.
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
    void staffMember() {
        accounts.create("tsubasa", PASSWORD, StaffRole.STAFF, "test", Instant.now());
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
}
