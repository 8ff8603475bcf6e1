package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.TranslatedText;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/** Staff write an activity's, a grant's and a facility's English texts on the console's forms. */
@Import(NoonInMiyazaki.class)
class CatalogEnglishFormsIntegrationTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "console staff password";

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private CatalogRepository catalog;

    private ConsoleSession staff;

    @BeforeEach
    void staffMember() {
        // The department of opp-001, which is edited here.
        accounts.create("hinata", PASSWORD, StaffRole.STAFF, "環境保全課", "test", Instant.now());
        staff = ConsoleSession.signedIn(port, "hinata", PASSWORD);
    }

    @Test
    void anActivitysEnglishTextsAreShownOnItsFormAndSavedFromIt() {
        String edit = staff.get("/admin/opportunities/opp-001/edit").body();
        assertThat(edit).contains("英語のタイトル", "value=\"Aoshima Beach Clean-up\"", "lang=\"en\"");
        String token = ConsoleSession.csrf(edit);

        HttpResponse<String> saved = staff.postForm("/admin/opportunities/new", Map.of("_csrf", token,
                "title", "夜のボッチャ体験会", "kind", "event", "category", "sports", "start", "2027-03-10T18:00",
                "end", "2027-03-10T20:00", "capacity", "10", "englishTitle", " Evening Boccia ",
                "englishDescription", "Try boccia after work.", "englishPlace", "Otsuka gym"));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(catalog.listOpportunities()).filteredOn(o -> o.title().equals("夜のボッチャ体験会")).singleElement()
                .satisfies(o -> assertThat(o.translations().in("en")).contains(
                        new TranslatedText("Evening Boccia", "Try boccia after work.", "Otsuka gym", null)));
    }

    @Test
    void aGrantsAndAFacilitysEnglishNameAndDescriptionAreSavedAndATooLongOneIsRefused() {
        String token = ConsoleSession.csrf(staff.get("/admin/grants/new").body());

        HttpResponse<String> grant = staff.postForm("/admin/grants/new", Map.of("_csrf", token,
                "name", "海辺の環境補助金", "deadline", "2027-03-31", "englishName", "Seaside Environment Grant",
                "englishPurpose", "For groups that keep the coast clean."));
        HttpResponse<String> facility = staff.postForm("/admin/facilities/new", Map.of("_csrf", token,
                "name", "青島地区交流センター", "kind", "交流センター", "englishName", "Aoshima Community Center",
                "englishBookingMethod", "Book by phone."));
        HttpResponse<String> tooLong = staff.postForm("/admin/grants/new", Map.of("_csrf", token,
                "name", "長い補助金", "deadline", "2027-03-31", "englishName", "x".repeat(101)));

        assertThat(grant.statusCode()).as(grant.body()).isEqualTo(302);
        assertThat(catalog.listGrants()).filteredOn(g -> g.name().equals("海辺の環境補助金")).singleElement()
                .satisfies(g -> assertThat(g.translations().in("en")).contains(
                        new TranslatedText("Seaside Environment Grant", "For groups that keep the coast clean.")));
        assertThat(facility.statusCode()).as(facility.body()).isEqualTo(302);
        String facilityId = catalog.listFacilities().stream().filter(f -> f.name().equals("青島地区交流センター"))
                .findFirst().orElseThrow().id();
        assertThat(staff.get("/admin/facilities/" + facilityId + "/edit").body())
                .contains("value=\"Aoshima Community Center\"", "Book by phone.");
        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(tooLong.body()).contains("英語の名称は100文字以内にしてください");
        assertThat(catalog.listGrants()).noneMatch(g -> g.name().equals("長い補助金"));
    }
}
