package jp.miyazaki.kyodo.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.catalog.TranslatedText;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/** A group's English name and description, through the admin API and the console's form alike. */
class GroupTranslationsIntegrationTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "groups test password 1";
    private static final String GROUP = """
            {"name": "青島ビーチを愛する会", "kind": "civic", "districts": ["青島"], "categories": ["environment"]%s}""";

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private GroupDirectory directory;
    @Autowired
    private JsonMapper json;

    @BeforeEach
    void staffMember() {
        accounts.create("hinata", PASSWORD, StaffRole.STAFF, "test", Instant.now());
    }

    @Test
    void theApiKeepsAGroupsEnglishTextsAndRefusesAnUnknownLanguage() {
        AdminApi staff = AdminApi.basic(port, "hinata", PASSWORD);

        HttpResponse<String> created = staff.post("/api/admin/groups", GROUP.formatted(
                ", \"translations\": {\"en\": {\"title\": \"Aoshima Beach Lovers\", \"description\": \"Monthly clean-ups.\"}}"));
        HttpResponse<String> german = staff.post("/api/admin/groups", GROUP.formatted(
                ", \"translations\": {\"de\": {\"title\": \"Strandfreunde\"}}"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode english = json.readTree(staff.get("/api/admin/groups/" + json.readTree(created.body()).get("id")
                .asString()).body()).get("translations").get("en");
        assertThat(english.get("title").asString()).isEqualTo("Aoshima Beach Lovers");
        assertThat(english.get("description").asString()).isEqualTo("Monthly clean-ups.");
        assertThat(german.statusCode()).isEqualTo(400);
        assertThat(german.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(german.body()).contains("translations are given for en only");
    }

    @Test
    void theConsolesFormShowsAndSavesAGroupsEnglishTexts() {
        ConsoleSession staff = ConsoleSession.signedIn(port, "hinata", PASSWORD);
        String token = ConsoleSession.csrf(staff.get("/admin/groups/new").body());

        HttpResponse<String> saved = staff.postForm("/admin/groups/new", Map.of("_csrf", token,
                "name", "青島ビーチを愛する会", "kind", "civic", "categories", "environment",
                "translations[en].title", "Aoshima Beach Lovers", "translations[en].description", "Monthly clean-ups."));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        Group group = directory.list().stream().filter(g -> g.name().equals("青島ビーチを愛する会")).findFirst()
                .orElseThrow();
        assertThat(group.translations().in("en"))
                .contains(new TranslatedText("Aoshima Beach Lovers", "Monthly clean-ups."));
        assertThat(staff.get("/admin/groups/" + group.id() + "/edit").body())
                .contains("value=\"Aoshima Beach Lovers\"", "Monthly clean-ups.", "英語の団体名");
    }
}
