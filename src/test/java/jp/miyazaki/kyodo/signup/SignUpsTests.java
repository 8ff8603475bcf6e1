package jp.miyazaki.kyodo.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.catalog.OpportunityKind;
import jp.miyazaki.kyodo.catalog.TestRedis;
import jp.miyazaki.kyodo.dialog.flow.ShippedFlows;
import jp.miyazaki.kyodo.shared.RedisKeys;

class SignUpsTests {

    static final Instant NOW = Instant.parse("2030-05-01T00:00:00Z");

    private final List<Object> published = new CopyOnWriteArrayList<>();
    private StringRedisTemplate redis;
    private CatalogRepository catalog;
    private SignUps signUps;

    @BeforeEach
    void setUp() {
        redis = TestRedis.flushed();
        catalog = TestRedis.catalog(redis);
        signUps = new SignUps(redis, RedisKeys.DEFAULT, catalog, published::add,
                Clock.fixed(NOW, ZoneOffset.UTC), ShippedFlows.wording());
    }

    static Opportunity opportunity(String id, int capacity, OffsetDateTime start) {
        return new Opportunity(id, OpportunityKind.VOLUNTEER, "ビーチクリーン", "海岸清掃です。", Category.ENVIRONMENT,
                "青島", "青島海水浴場", start, start.plusHours(2), capacity, "テスト団体", "0985-00-0000", false);
    }

    private Opportunity saved(int capacity) {
        Opportunity opportunity = opportunity("o1", capacity, OffsetDateTime.of(2030, 5, 4, 9, 0, 0, 0,
                ZoneOffset.ofHours(9)));
        catalog.save(opportunity);
        return opportunity;
    }

    @Test
    void manyThreadsRacingForTheLastPlacesConfirmExactlyTheCapacity() throws Exception {
        Opportunity opportunity = saved(7);
        int contenders = 64;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SignUpOutcome>> answers = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            String userId = "U" + i;
            answers.add(pool.submit(() -> {
                start.await();
                return signUps.signUp("o1", userId, "名前", "090-0000-0000", 1, i(userId) % 2 == 0);
            }));
        }
        start.countDown();
        List<SignUpOutcome.Kind> kinds = new ArrayList<>();
        for (Future<SignUpOutcome> answer : answers) {
            kinds.add(answer.get(30, TimeUnit.SECONDS).kind());
        }
        pool.shutdown();

        assertThat(kinds).filteredOn(k -> k == SignUpOutcome.Kind.CONFIRMED).hasSize(7);
        assertThat(kinds).filteredOn(k -> k == SignUpOutcome.Kind.CONFIRMED || k == SignUpOutcome.Kind.WAITLISTED
                || k == SignUpOutcome.Kind.FULL).hasSize(contenders);
        assertThat(signUps.taken("o1")).isEqualTo(7);
        assertThat(signUps.spacesLeft(opportunity)).isZero();
        assertThat(signUps.ofOpportunity("o1")).filteredOn(s -> s.status() == SignUpStatus.CONFIRMED).hasSize(7);
    }

    private static int i(String userId) {
        return Integer.parseInt(userId.substring(1));
    }

    @Test
    void groupsThatDoNotFitAreNotConfirmed() {
        saved(5);
        assertThat(signUps.signUp("o1", "U1", "山田", "090-0000-0001", 4, false).kind())
                .isEqualTo(SignUpOutcome.Kind.CONFIRMED);
        assertThat(signUps.signUp("o1", "U2", "田中", "090-0000-0002", 2, false).kind())
                .isEqualTo(SignUpOutcome.Kind.FULL);
        assertThat(signUps.signUp("o1", "U3", "佐藤", "090-0000-0003", 1, false).kind())
                .isEqualTo(SignUpOutcome.Kind.CONFIRMED);
        assertThat(signUps.taken("o1")).isEqualTo(5);
        assertThat(signUps.find("o1", "U2")).isEmpty();
    }

    @Test
    void aSecondSignUpOfTheSameUserIsRefused() {
        saved(10);
        signUps.signUp("o1", "U1", "山田", "090-0000-0001", 1, false);

        SignUpOutcome again = signUps.signUp("o1", "U1", "山田", "090-0000-0001", 2, false);

        assertThat(again.kind()).isEqualTo(SignUpOutcome.Kind.DUPLICATE);
        assertThat(signUps.taken("o1")).isEqualTo(1);
    }

    @Test
    void startedOrUnknownOpportunitiesCannotBeJoined() {
        catalog.save(opportunity("past", 10, OffsetDateTime.of(2030, 4, 30, 9, 0, 0, 0, ZoneOffset.ofHours(9))));

        assertThat(signUps.signUp("past", "U1", "山田", "x@example.jp", 1, true).kind())
                .isEqualTo(SignUpOutcome.Kind.CLOSED);
        assertThat(signUps.signUp("nothing", "U1", "山田", "x@example.jp", 1, true).kind())
                .isEqualTo(SignUpOutcome.Kind.NOT_FOUND);
    }

    @Test
    void cancellingFreesThePlacesAndMovesTheFirstWaitingUpWhenTheyFit() {
        saved(3);
        signUps.signUp("o1", "U1", "山田", "090-0000-0001", 2, false);
        signUps.signUp("o1", "U2", "田中", "090-0000-0002", 1, false);
        assertThat(signUps.signUp("o1", "U3", "佐藤", "090-0000-0003", 2, true).kind())
                .isEqualTo(SignUpOutcome.Kind.WAITLISTED);
        assertThat(signUps.signUp("o1", "U4", "鈴木", "090-0000-0004", 1, true).kind())
                .isEqualTo(SignUpOutcome.Kind.WAITLISTED);

        // One place freed: 佐藤 (2 people) is first in line and does not fit, so nobody jumps the queue.
        assertThat(signUps.cancel("o1", "U2")).isEqualTo(new Cancellation(true, List.of()));
        assertThat(signUps.taken("o1")).isEqualTo(2);

        // Two more places: 佐藤 fits, then 鈴木 fits too.
        Cancellation cancellation = signUps.cancel("o1", "U1");
        assertThat(cancellation.promotedUserIds()).containsExactly("U3", "U4");
        assertThat(signUps.taken("o1")).isEqualTo(3);
        assertThat(signUps.find("o1", "U3")).map(SignUp::status).contains(SignUpStatus.CONFIRMED);
        assertThat(published).singleElement().isInstanceOfSatisfying(WaitlistPromoted.class, event -> {
            assertThat(event.opportunityId()).isEqualTo("o1");
            assertThat(event.userIds()).containsExactly("U3", "U4");
            assertThat(event.message("ja")).contains("ビーチクリーン").contains("確定しました");
            assertThat(event.message("en")).contains("ビーチクリーン").doesNotContain("確定しました");
            assertThat(event.message("ja-easy")).contains("ビーチクリーン").doesNotContain("確定しました");
        });
        assertThat(signUps.count("o1")).isEqualTo(2);
        assertThat(signUps.ofUser("U1")).isEmpty();
        assertThat(redis.keys("kyodo:*U1*")).isEmpty();

        assertThat(signUps.cancel("o1", "U1").cancelled()).isFalse();
    }

    @Test
    void cancellingFromTheWaitlistFreesNoPlaces() {
        saved(1);
        signUps.signUp("o1", "U1", "山田", "090-0000-0001", 1, false);
        signUps.signUp("o1", "U2", "田中", "090-0000-0002", 1, true);

        assertThat(signUps.cancel("o1", "U2")).isEqualTo(new Cancellation(true, List.of()));
        assertThat(signUps.taken("o1")).isEqualTo(1);
        assertThat(signUps.ofOpportunity("o1")).extracting(SignUp::userId).containsExactly("U1");
    }

    @Test
    void listsAUsersSignUpsAndTheStaffExport() {
        saved(1);
        catalog.save(opportunity("o2", 5, OffsetDateTime.of(2030, 5, 5, 9, 0, 0, 0, ZoneOffset.ofHours(9))));
        signUps.signUp("o1", "U1", "山田", "090-0000-0001", 1, false);
        signUps.signUp("o2", "U1", "山田", "090-0000-0001", 2, false);
        signUps.signUp("o1", "U2", "田中", "tanaka@example.jp", 1, true);

        assertThat(signUps.ofUser("U1")).extracting(SignUp::opportunityId).containsExactlyInAnyOrder("o1", "o2");
        assertThat(signUps.ofOpportunity("o1")).extracting(SignUp::userId, SignUp::status, SignUp::contact)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("U1", SignUpStatus.CONFIRMED, "090-0000-0001"),
                        org.assertj.core.groups.Tuple.tuple("U2", SignUpStatus.WAITLISTED, "tanaka@example.jp"));
    }
}
