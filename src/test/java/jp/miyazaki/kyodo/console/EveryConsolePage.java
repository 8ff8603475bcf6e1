package jp.miyazaki.kyodo.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.broadcast.BroadcastJobs;
import jp.miyazaki.kyodo.broadcast.BroadcastTestConfiguration;
import jp.miyazaki.kyodo.broadcast.Segment;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.consultation.ConsultationTopic;
import jp.miyazaki.kyodo.consultation.Consultations;
import jp.miyazaki.kyodo.expert.Experts;
import jp.miyazaki.kyodo.expert.SampleExpertsLoader;
import jp.miyazaki.kyodo.group.JoinRequest;
import jp.miyazaki.kyodo.group.JoinRequests;
import jp.miyazaki.kyodo.group.Recruitment;
import jp.miyazaki.kyodo.group.RecruitmentStatus;
import jp.miyazaki.kyodo.group.Recruitments;
import jp.miyazaki.kyodo.nlu.IntentScore;
import jp.miyazaki.kyodo.nlu.UnansweredLog;
import jp.miyazaki.kyodo.nlu.UnansweredUtterance;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * The sample data plus a sign-up, a consultation, a broadcast, a recruitment, a join request and an unanswered
 * question, so every console page has something on it, an admin to sign in as, and the list of every page a
 * browser can open by address (path → short name for reports and screenshots). Shared by the tests that walk the whole console.
 */
@Import(NoonInMiyazaki.class)
@TestPropertySource(properties = "kyodo.broadcast.poll-interval=100ms")
abstract class EveryConsolePage extends KyodoIntegrationTest {

    static final String ADMIN = "tsubaki";
    static final String PASSWORD = "console a11y password 1";
    static final String SIGNED_UP = "U" + "a".repeat(32);

    @Autowired
    protected StaffAccounts accounts;
    @Autowired
    protected CatalogRepository catalog;
    @Autowired
    protected SignUps signUps;
    @Autowired
    private Consultations consultations;
    @Autowired
    protected BroadcastJobs broadcasts;
    @Autowired
    private Recruitments recruitments;
    @Autowired
    private JoinRequests joinRequests;
    @Autowired
    private Experts experts;
    @Autowired
    private SampleExpertsLoader sampleExperts;
    @Autowired
    private UnansweredLog unanswered;

    protected String broadcastId;
    protected String consultationId;

    /** The rich menu's image goes to WireMock too, so a test can install the menu. */
    @DynamicPropertySource
    static void dataEndpoint(DynamicPropertyRegistry registry) {
        registry.add("kyodo.rich-menu.api-data-endpoint", LINE::baseUrl);
    }

    @BeforeEach
    void sampleDataWithSomethingOnEveryPage() {
        BroadcastTestConfiguration.CLOCK.set(BroadcastTestConfiguration.NOON_JST);
        sampleExperts.loadIfEmpty();
        accounts.create(ADMIN, PASSWORD, StaffRole.ADMIN, "市民活動推進課", "test", Instant.now());
        signUps.signUp("opp-001", SIGNED_UP, "宮崎 花子", "090-1234-5678", 2, false);
        consultationId = consultations.create("U" + "b".repeat(32), ConsultationTopic.ACCOUNTING,
                "会計報告の書き方を知りたいです", "電話", "0985-21-1234").id();
        broadcastId = broadcasts.create("今週末、青島海岸で朝のごみ拾いを行います。",
                "We will pick up litter on Aoshima Beach this weekend morning.", "opp-001", Segment.EVERYONE, false,
                ADMIN, "市民活動推進課", Instant.now(), Instant.now().plusSeconds(86_400)).id();
        LocalDate day = LocalDate.now().plusDays(10);
        recruitments.save(new Recruitment("R00001", "GRP-2", "子ども食堂の配膳ボランティア", day, LocalTime.of(10, 0),
                LocalTime.of(13, 0), "檍地区交流センター 調理室", 6, "配膳と片付けをお願いします。",
                RecruitmentStatus.PENDING, Instant.now(), null, null));
        joinRequests.save("U" + "c".repeat(32), new JoinRequest("J00001", "GRP-7", "宮崎 太郎", "清掃に参加したいです",
                "09012345678", Instant.now(), 0));
        unanswered.record(new UnansweredUtterance("市役所の駐車場は何台とめられますか",
                List.of(new IntentScore("fallback", 0.7)), BroadcastTestConfiguration.NOON_JST.minusSeconds(3600)));
    }

    /** Every page reachable by address once signed in (the login page not included), in the navigation's order. */
    protected Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/admin", "dashboard");
        pages.put("/admin/opportunities", "opportunities");
        pages.put("/admin/opportunities/new", "opportunity-new");
        pages.put("/admin/opportunities/opp-001/edit", "opportunity-edit");
        pages.put("/admin/opportunities/opp-001/delete", "opportunity-delete");
        pages.put("/admin/opportunities/opp-001/signups", "signups");
        pages.put("/admin/opportunities/opp-001/attendance", "attendance");
        pages.put("/admin/activity-records", "activity-records");
        pages.put("/admin/feedback", "feedback");
        pages.put("/admin/grants", "grants");
        pages.put("/admin/grants/new", "grant-new");
        pages.put("/admin/grants/" + catalog.listGrants().get(0).id() + "/edit", "grant-edit");
        pages.put("/admin/facilities", "facilities");
        pages.put("/admin/facilities/new", "facility-new");
        pages.put("/admin/facilities/" + catalog.listFacilities().get(0).id() + "/edit", "facility-edit");
        pages.put("/admin/groups", "groups");
        pages.put("/admin/groups/new", "group-new");
        pages.put("/admin/groups/GRP-2/edit", "group-edit");
        pages.put("/admin/recruitments", "recruitments");
        pages.put("/admin/recruitments/R00001", "recruitment");
        pages.put("/admin/join-requests", "join-requests");
        pages.put("/admin/consultations", "consultations");
        pages.put("/admin/consultations/" + consultationId, "consultation");
        pages.put("/admin/experts", "experts");
        pages.put("/admin/experts/new", "expert-new");
        pages.put("/admin/experts/" + experts.list().get(0).id() + "/edit", "expert-edit");
        pages.put("/admin/broadcasts", "broadcasts");
        pages.put("/admin/broadcasts/new", "broadcast-new");
        pages.put("/admin/broadcasts/" + broadcastId, "broadcast");
        pages.put("/admin/broadcasts/" + broadcastId + "/cancel", "broadcast-cancel");
        pages.put("/admin/unanswered", "unanswered");
        pages.put("/admin/rich-menu", "rich-menu");
        pages.put("/admin/rich-menu/install", "rich-menu-install");
        pages.put("/admin/audit", "audit");
        pages.put("/admin/staff", "staff");
        pages.put("/admin/opportunities/opp-none/edit", "error-404");
        return pages;
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
