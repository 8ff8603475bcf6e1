package jp.miyazaki.kyodo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * Staff give an item's English texts through the admin API: they come back as written, are audited, are found by
 * English words, and only English is accepted; the OpenAPI document describes them.
 */
class CatalogTranslationsIntegrationTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String ENGLISH = """
            "translations": {"en": {"title": "Evening Boccia for Everyone", "description": "Try boccia after work.",
             "place": "Otsuka gym", "organiser": "Miyazaki Boccia Club"}}""";

    @Autowired
    private StaffAccounts accounts;

    @Autowired
    private AuditLog audit;

    @Autowired
    private CatalogSearch search;

    @Autowired
    private JsonMapper json;

    private AdminApi staff;

    @BeforeEach
    void staffMember() {
        accounts.create("hinata", PASSWORD, StaffRole.STAFF, "test", Instant.now());
        staff = AdminApi.basic(port, "hinata", PASSWORD);
    }

    @Test
    void anOpportunitysEnglishTextsComeBackAsWrittenAreAuditedAndFoundByEnglishWords() {
        HttpResponse<String> created = staff.post("/api/admin/opportunities", opportunity(ENGLISH));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = read(created).get("opportunity").get("id").asString();

        JsonNode english = read(staff.get("/api/admin/opportunities/" + id)).get("opportunity").get("translations")
                .get("en");
        assertThat(english.get("title").asString()).isEqualTo("Evening Boccia for Everyone");
        assertThat(english.get("place").asString()).isEqualTo("Otsuka gym");
        assertThat(english.get("organiser").asString()).isEqualTo("Miyazaki Boccia Club");
        ZonedDateTime now = ZonedDateTime.now(CityTime.ZONE);
        assertThat(search.opportunities(OpportunityQuery.ANY.withKeywords("evening boccia"), now))
                .extracting(match -> match.opportunity().id()).first().isEqualTo(id);
        assertThat(search.opportunitiesNamed("Evening Boccia", now)).extracting(s -> s.item().id()).first()
                .isEqualTo(id);

        HttpResponse<String> changed = staff.put("/api/admin/opportunities/" + id,
                opportunity(ENGLISH.replace("Evening Boccia for Everyone", "Night Boccia")));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(audit.latest(5).stream().filter(e -> e.action().equals("opportunity.update")).findFirst()
                .orElseThrow().changes())
                .contains(new AuditLog.Change("英語のタイトル", "Evening Boccia for Everyone", "Night Boccia"));

        HttpResponse<String> untranslated = staff.put("/api/admin/opportunities/" + id, opportunity(null));
        assertThat(read(untranslated).get("opportunity").get("translations").isEmpty()).isTrue();
        assertThat(search.opportunities(OpportunityQuery.ANY.withKeywords("boccia"), now))
                .noneMatch(match -> match.opportunity().id().equals(id));
    }

    @Test
    void aGrantsAndAFacilitysEnglishNameAndDescriptionComeBackAsWritten() {
        HttpResponse<String> grant = staff.post("/api/admin/grants", """
                {"name": "地域づくり応援補助金", "deadline": "2027-01-31",
                 "translations": {"en": {"title": "Community Building Grant", "description": "For local groups."}}}""");
        assertThat(grant.statusCode()).as(grant.body()).isEqualTo(201);
        assertThat(read(staff.get("/api/admin/grants/" + read(grant).get("id").asString())).get("translations")
                .get("en").get("title").asString()).isEqualTo("Community Building Grant");

        HttpResponse<String> facility = staff.post("/api/admin/facilities", """
                {"name": "青島地区交流センター", "kind": "交流センター",
                 "translations": {"en": {"title": "Aoshima Community Center", "description": "Book by phone."}}}""");
        assertThat(facility.statusCode()).as(facility.body()).isEqualTo(201);
        assertThat(read(staff.get("/api/admin/facilities/" + read(facility).get("id").asString()))
                .get("translations").get("en").get("description").asString()).isEqualTo("Book by phone.");
    }

    @Test
    void translationsIntoAnUnknownLanguageOrTooLongAreAProblemDetail() {
        HttpResponse<String> french = staff.post("/api/admin/opportunities",
                opportunity("\"translations\": {\"fr\": {\"title\": \"Nettoyage de plage\"}}"));
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(french.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(read(french).get("errors").toString()).contains("translations are given for en only");

        HttpResponse<String> tooLong = staff.post("/api/admin/grants", """
                {"name": "補助金", "deadline": "2027-01-31", "translations": {"en": {"title": "%s"}}}"""
                .formatted("x".repeat(101)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(read(tooLong).get("errors").toString()).contains("translations");
        assertThat(staff.get("/api/admin/opportunities").body()).doesNotContain("Nettoyage");
    }

    @Test
    void theApiDocumentDescribesTranslations() {
        JsonNode schemas = read(staff.get("/v3/api-docs")).get("components").get("schemas");

        assertThat(schemas.get("OpportunityRequest").get("properties").get("translations").toString())
                .contains("only en (English) is accepted", "OpportunityTranslation");
        assertThat(schemas.get("OpportunityTranslation").get("properties").propertyNames())
                .contains("title", "description", "place", "organiser");
        assertThat(schemas.get("GrantRequest").get("properties").get("translations").toString())
                .contains("ItemTranslation");
        assertThat(schemas.get("FacilityRequest").get("properties").propertyNames()).contains("translations");
    }

    /** A Japanese opportunity next month, with {@code extra} JSON members (null: none). */
    private static String opportunity(String extra) {
        String start = ZonedDateTime.now(CityTime.ZONE).plusDays(30).withHour(18).withMinute(0).withSecond(0)
                .withNano(0).toOffsetDateTime().toString();
        String end = ZonedDateTime.now(CityTime.ZONE).plusDays(30).withHour(20).withMinute(0).withSecond(0)
                .withNano(0).toOffsetDateTime().toString();
        return """
                {"kind": "event", "title": "夜のボッチャ体験会", "category": "sports", "district": "大塚",
                 "start": "%s", "end": "%s", "capacity": 20%s}""".formatted(start, end,
                extra == null ? "" : ", " + extra);
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
