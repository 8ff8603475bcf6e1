package jp.miyazaki.kyodo.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.broadcast.CatalogReminders;
import jp.miyazaki.kyodo.broadcast.MutableClock;
import jp.miyazaki.kyodo.broadcast.Reminder;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.Grant;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.signup.SignUpOutcome;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * The broadcast and reminder interfaces as the running app wires them: audiences from the subscriptions, cards
 * from the catalog, grant deadlines and tomorrow's events from the catalog and the sign-ups.
 */
class BroadcastToSubscribersIntegrationTests extends KyodoIntegrationTest {

    /** Noon in Miyazaki, outside quiet hours. */
    private static final Instant NOON_JST = Instant.parse("2026-12-01T03:00:00Z");

    @TestConfiguration
    static class NoonClock {
        @Bean
        Clock noonClock() {
            return new MutableClock(NOON_JST);
        }
    }

    @Autowired
    private Subscriptions subscriptions;

    @Autowired
    private StaffAccounts accounts;

    @Autowired
    private CatalogRepository catalog;

    @Autowired
    private SignUps signUps;

    @Autowired
    private CatalogReminders reminders;

    @Autowired
    private JsonMapper json;

    private AdminApi staff;

    @BeforeEach
    void staffMember() {
        accounts.create("hinata", "correct horse battery", StaffRole.STAFF, "test", Instant.now());
        staff = AdminApi.basic(port, "hinata", "correct horse battery");
    }

    @Test
    void aDisasterNoticeReachesExactlyTheCitizensWhoFollowDisasterWithTheCard() {
        String disaster = user(1);
        String disasterInAoshima = user(2);
        String everything = user(3);
        String environmentOnly = user(4);
        String blockedUs = user(5);
        String stopped = user(6);
        subscriptions.follow(disaster, List.of(Category.DISASTER), List.of());
        subscriptions.follow(disasterInAoshima, List.of(Category.DISASTER, Category.WELFARE), List.of("青島"));
        subscriptions.follow(everything, List.of(), List.of());
        subscriptions.follow(environmentOnly, List.of(Category.ENVIRONMENT), List.of());
        subscriptions.follow(blockedUs, List.of(Category.DISASTER), List.of());
        subscriptions.deactivate(blockedUs);
        subscriptions.follow(stopped, List.of(Category.DISASTER), List.of());
        subscriptions.stop(stopped);
        Opportunity drill = catalog.listOpportunities().get(0);

        HttpResponse<String> preview = staff.post("/api/admin/broadcasts/preview",
                "{\"categories\": [\"disaster\"], \"districts\": []}");
        HttpResponse<String> created = staff.post("/api/admin/broadcasts", """
                {"text": "防災訓練のお知らせです。", "opportunityId": "%s",
                 "segment": {"categories": ["disaster"], "districts": []}}""".formatted(drill.id()));

        assertThat(json.readTree(preview.body()).get("recipients").asLong()).isEqualTo(3);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        String id = json.readTree(created.body()).get("id").asString();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> "done".equals(status(id).get("status").asString()));
        List<LoggedRequest> multicasts = LINE.requests(LineApiMock.MULTICAST);
        // A slow first answer may be retried under the same key; LINE delivers a key once.
        assertThat(multicasts.stream().map(request -> request.getHeader("X-Line-Retry-Key")).distinct()).hasSize(1);
        assertThat(recipients(multicasts.get(0))).containsExactlyInAnyOrder(disaster, disasterInAoshima, everything);
        String body = multicasts.get(0).getBodyAsString();
        assertThat(body).contains("防災訓練のお知らせです。", "\"carousel\"", drill.title(), "\"label\":\"申し込む\"");
    }

    @Test
    void anUnknownCategoryReachesNoOne() {
        subscriptions.follow(user(1), List.of(), List.of());

        HttpResponse<String> preview = staff.post("/api/admin/broadcasts/preview",
                "{\"categories\": [\"no-such-field\"], \"districts\": []}");

        assertThat(json.readTree(preview.body()).get("recipients").asLong()).isZero();
    }

    @Test
    void remindsFollowersOfASampleGrantAndVolunteersOfTomorrowsSampleEvent() {
        Grant grant = catalog.listGrants().stream().filter(g -> !g.categories().isEmpty()).findFirst().orElseThrow();
        String follower = user(1);
        String other = user(2);
        subscriptions.follow(follower, List.of(grant.categories().get(0)), List.of());
        subscriptions.follow(other, List.of(otherThan(grant.categories())), List.of());
        LocalDate remindOn = grant.deadline().minusDays(14);

        List<Reminder> grantReminders = dueOn(remindOn).stream()
                .filter(r -> r.id().startsWith("grant:" + grant.id() + ":")).toList();

        assertThat(grantReminders).extracting(Reminder::userId).containsExactly(follower);

        Opportunity event = catalog.listOpportunities().stream().filter(o -> o.capacity() > 0)
                .filter(o -> o.start().toInstant().isAfter(NOON_JST)).findFirst().orElseThrow();
        String volunteer = user(3);
        assertThat(signUps.signUp(event.id(), volunteer, "宮崎 花子", "090-0000-0000", 1, false).kind())
                .isEqualTo(SignUpOutcome.Kind.CONFIRMED);

        List<Reminder> eventReminders = dueOn(event.start().toLocalDate().minusDays(1)).stream()
                .filter(r -> r.id().startsWith("event:" + event.id() + ":")).toList();

        assertThat(eventReminders).extracting(Reminder::userId).containsExactly(volunteer);
        assertThat(eventReminders.get(0).reply().toString()).contains(event.title());
    }

    private List<Reminder> dueOn(LocalDate day) {
        Instant from = day.atStartOfDay(CityTime.ZONE).toInstant();
        return reminders.due(from, from.plus(Duration.ofDays(1)).minusSeconds(1));
    }

    private static Category otherThan(List<Category> categories) {
        for (Category category : Category.values()) {
            if (!categories.contains(category)) {
                return category;
            }
        }
        throw new IllegalStateException("a grant in every category");
    }

    private JsonNode status(String id) {
        return json.readTree(staff.get("/api/admin/broadcasts/" + id).body());
    }

    private List<String> recipients(LoggedRequest request) {
        List<String> to = new ArrayList<>();
        json.readTree(request.getBodyAsString()).get("to").forEach(node -> to.add(node.asString()));
        return to;
    }

    private static String user(int n) {
        return String.format("U%032x", n);
    }
}
