package jp.miyazaki.kyodo.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.Grant;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.catalog.TestRedis;
import jp.miyazaki.kyodo.dialog.DialogAction;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.flow.ShippedFlows;
import jp.miyazaki.kyodo.link.AccountLinks;
import jp.miyazaki.kyodo.link.LinkProperties;
import jp.miyazaki.kyodo.link.LinkTarget;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.shared.RedisKeys;
import jp.miyazaki.kyodo.signup.SignUps;

/** The directory, join requests and recruitments on a real Redis, with leaders' pushes recorded. */
class GroupsTests {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 26, 10, 0, 0, 0, CityTime.ZONE);
    private static final String LEADER = "Uleader0000000000000000000000001";
    private static final String CITIZEN = "Ucitizen000000000000000000000001";

    private StringRedisTemplate redis;
    private GroupDirectory directory;
    private JoinRequests joinRequests;
    private Recruitments recruitments;
    private AccountLinks links;
    private CatalogRepository catalog;
    private SignUps signUps;
    private RecruitmentReview review;
    private GroupActions actions;
    private final List<String> pushed = new ArrayList<>();
    /** The language the linked leaders read. */
    private String leadersLanguage = "ja";

    @BeforeEach
    void setUp() {
        redis = TestRedis.flushed();
        directory = new GroupDirectory(TestRedis.store(redis));
        joinRequests = new JoinRequests(TestRedis.store(redis));
        recruitments = new Recruitments(TestRedis.store(redis));
        links = new AccountLinks(redis, RedisKeys.DEFAULT, new LinkProperties(Duration.ofDays(14), 5, Duration.ofHours(1)));
        catalog = TestRedis.catalog(redis);
        signUps = new SignUps(redis, RedisKeys.DEFAULT, catalog, event -> { }, Clock.fixed(NOW.toInstant(), CityTime.ZONE),
                ShippedFlows.wording());
        LeaderMessages leaders = (groupId, text, once) -> {
            int told = links.linkedUsers(new LinkTarget("group", groupId)).size();
            if (told > 0) {
                pushed.add(groupId + ": " + text.apply(leadersLanguage));
            }
            return told;
        };
        review = new RecruitmentReview(recruitments, directory, catalog, leaders, ShippedFlows.wording());
        actions = new GroupActions(directory, joinRequests, recruitments, links, leaders, catalog, signUps,
                new LeaderChoices(redis, RedisKeys.DEFAULT), ShippedFlows.wording());
        SampleGroups.samples().forEach(directory::save);
        directory.reserveIds(SampleGroups.samples().size());
    }

    @Test
    void citizensFindGroupsByDistrictCategoryAndKind() {
        assertThat(directory.search(Optional.empty(), List.of("檍"), List.of(Category.CHILDCARE), List.of()))
                .extracting(Group::name).containsExactlyInAnyOrder("檍子ども食堂の会", "檍子育てサークルひだまり", "ひむか食品 檍店（サンプル企業）");
        assertThat(directory.search(Optional.of(GroupKind.COUNCIL), List.of("清武"), List.of(), List.of()))
                .extracting(Group::id).containsExactly("GRP-4");
        assertThat(directory.search(Optional.empty(), List.of("田野"), List.of(Category.SPORTS), List.of())).isEmpty();

        DialogAction.Result council = actions.search(context(CITIZEN, Map.of("query", "清武の地域まちづくり推進委員会について知りたい",
                "district", "清武", "category", "community")));
        assertThat(council.outcome()).isEqualTo("ok");
        Reply.Cards cards = (Reply.Cards) council.parts().get(0);
        assertThat(cards.cards()).extracting(Reply.Card::title).containsExactly("清武地域まちづくり推進委員会");
        assertThat(cards.cards().get(0).buttons()).extracting(Reply.Choice::label).containsExactly("詳細", "参加したい");
        assertThat(actions.search(context(CITIZEN, Map.of("query", "団体を探したい"))).outcome()).isEqualTo("vague");
        assertThat(actions.search(context(CITIZEN, Map.of("district", "any"))).values()).containsEntry("count", "11");
    }

    @Test
    void citizensAndLeadersAreAnsweredInTheirOwnLanguage() {
        DialogAction.Result found = actions.search(context(CITIZEN, Map.of("district", "清武", "category", "community"),
                "en"));
        assertThat(found.values().get("text")).startsWith("Found ").contains("Community building")
                .doesNotContain("件", "団体", "地域づくり");
        Reply.Cards cards = (Reply.Cards) found.parts().get(0);
        assertThat(cards.cards().get(0).buttons()).extracting(Reply.Choice::label).containsExactly("Details", "Join");
        assertThat(cards.cards()).isNotEmpty().allSatisfy(card -> assertThat(Arrays.stream(GroupKind.values())
                .map(kind -> kind.label("en") + " (")).anyMatch(card.body()::startsWith));

        leadersLanguage = "en";
        links.redeem(links.issue(new LinkTarget("group", "GRP-2")), LEADER);
        DialogAction.Result joined = actions.join(context(CITIZEN, Map.of("group", "GRP-2", "name", "みやざき はなこ",
                "contact", "none"), "ja-easy"));
        assertThat(joined.values().get("text")).contains("に もうしこみました。ばんごうは J00001です。",
                "グループの だいひょうに つたえました。").doesNotContain("受け付けました");
        assertThat(pushed).singleElement().satisfies(text -> assertThat(text)
                .contains("[Request to join]", "Name: みやざき はなこ", "Message: (none)").doesNotContain("参加希望"));

        assertThat(actions.leader(context(CITIZEN, Map.of(), "en")).values().get("text"))
                .contains("link code").doesNotContain("連携コード");
    }

    @Test
    void aNewGroupIsNumberedAfterTheSampleGroups() {
        Group created = directory.create(new Group("new", "生目台 見守り隊", GroupKind.CIVIC, List.of("生目台"),
                List.of(Category.WELFARE), "見守り", "連絡ください", "0985-00-0000", false));

        assertThat(created.id()).isEqualTo("GRP-12");
        assertThat(directory.find("grp-12")).contains(created);
    }

    @Test
    void aJoinRequestReachesTheLinkedLeadersWithoutTheCitizensIdAndIsErasedWithTheirData() {
        links.redeem(links.issue(new LinkTarget("group", "GRP-2")), LEADER);

        DialogAction.Result joined = actions.join(context(CITIZEN, Map.of("group", "GRP-2", "name", "宮崎 花子",
                "message", "土曜の午前なら参加できます", "contact", "none")));

        assertThat(joined.outcome()).isEqualTo("ok");
        assertThat(joined.values().get("next")).contains("代表者にお伝えしました", "0985-00-2002");
        assertThat(pushed).singleElement().satisfies(text -> assertThat(text)
                .contains("参加希望", "宮崎 花子", "土曜の午前なら参加できます").doesNotContain(CITIZEN));
        assertThat(redis.getExpire("kyodo:group:join:" + CITIZEN + ":J00001")).isPositive();
        assertThat(joinRequests.ofGroup("GRP-2")).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("宮崎 花子");
            assertThat(r.leadersTold()).isEqualTo(1);
        });
        assertThat(actions.join(context(CITIZEN, Map.of("group", "GRP-2", "name", "宮崎 花子"))).outcome())
                .isEqualTo("duplicate");

        joinRequests.remove(CITIZEN);
        redis.delete(redis.keys("*" + CITIZEN + "*"));
        assertThat(joinRequests.list()).isEmpty();
        assertThat(redis.opsForZSet().size("kyodo:group:joins")).isZero();
    }

    @Test
    void aJoinRequestForAGroupWithoutLeadersIsLeftToStaff() {
        DialogAction.Result joined = actions.join(context(CITIZEN, Map.of("group", "GRP-7", "name", "宮崎 太郎",
                "contact", "09012345678")));

        assertThat(joined.values().get("next")).contains("市の担当者から団体にお伝えします");
        assertThat(pushed).isEmpty();
        assertThat(joinRequests.list()).singleElement().satisfies(r -> {
            assertThat(r.leadersTold()).isZero();
            assertThat(r.contact()).isEqualTo("09012345678");
        });
    }

    @Test
    void aLeadersRecruitmentWaitsForStaffAndIsPublishedAsTheGroupsOpportunityWhenApproved() {
        links.redeem(links.issue(new LinkTarget("group", "GRP-2")), LEADER);
        Map<String, String> slots = Map.of("title", "子ども食堂の配膳ボランティア", "date", "2026-12-05/2026-12-05",
                "time", "10:00〜13:00", "place", "檍地区交流センター", "capacity", "8", "description", "配膳と片付け");

        assertThat(actions.preview(context(LEADER, slots)).values()).containsEntry("when", "12月5日(土) 10:00〜13:00");
        DialogAction.Result posted = actions.recruit(context(LEADER, slots));
        assertThat(posted.outcome()).isEqualTo("ok");
        String id = posted.values().get("reference");
        assertThat(recruitments.withStatus(RecruitmentStatus.PENDING)).extracting(Recruitment::id).containsExactly(id);
        assertThat(catalog.listOpportunities()).isEmpty();

        RecruitmentReview.Decision decision = review.approve(id);

        assertThat(decision).isInstanceOf(RecruitmentReview.Decision.Done.class);
        Recruitment approved = ((RecruitmentReview.Decision.Done) decision).recruitment();
        Opportunity published = catalog.findOpportunity(approved.opportunityId()).orElseThrow();
        assertThat(published.organiser()).isEqualTo("檍子ども食堂の会");
        assertThat(published.district()).isEqualTo("檍");
        assertThat(published.category()).isEqualTo(Category.CHILDCARE);
        assertThat(published.start().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(directory.opportunityIds("GRP-2")).containsExactly(published.id());
        assertThat(pushed).singleElement().satisfies(text -> assertThat(text).contains("募集が公開されました"));
        assertThat(review.approve(id)).isInstanceOf(RecruitmentReview.Decision.AlreadyDecided.class);
        assertThat(review.reject(id, "遅すぎ")).isInstanceOf(RecruitmentReview.Decision.AlreadyDecided.class);
        assertThat(review.approve("R99999")).isInstanceOf(RecruitmentReview.Decision.Unknown.class);
    }

    @Test
    void aRejectedRecruitmentTellsTheLeadersWhyAndPublishesNothing() {
        links.redeem(links.issue(new LinkTarget("group", "GRP-2")), LEADER);
        String id = actions.recruit(context(LEADER, Map.of("title", "配膳", "date", "2026-12-05", "time", "10:00-13:00",
                "capacity", "8"))).values().get("reference");

        assertThat(review.reject(id, "日付が祝日の施設休館日と重なっています")).isInstanceOf(RecruitmentReview.Decision.Done.class);

        assertThat(recruitments.find(id)).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(RecruitmentStatus.REJECTED);
            assertThat(r.reason()).contains("休館日");
        });
        assertThat(pushed).singleElement().satisfies(text -> assertThat(text).contains("見送りました", "休館日"));
        assertThat(catalog.listOpportunities()).isEmpty();
    }

    @Test
    void onlyLinkedLeadersUseTheLeaderActions() {
        Map<String, String> slots = Map.of("title", "配膳", "date", "2026-12-05", "time", "10:00-13:00", "capacity", "8");

        assertThat(actions.leader(context(CITIZEN, Map.of())).outcome()).isEqualTo("not_leader");
        assertThat(actions.recruit(context(CITIZEN, slots)).outcome()).isEqualTo("not_leader");
        assertThat(actions.signUps(context(CITIZEN, Map.of())).outcome()).isEqualTo("not_leader");
        assertThat(actions.grants(context(CITIZEN, Map.of())).values().get("text")).contains("連携コード");
        assertThat(recruitments.list()).isEmpty();
    }

    @Test
    void aLeaderOfTwoGroupsChoosesWhichOneTheyActFor() {
        links.redeem(links.issue(new LinkTarget("group", "GRP-5")), LEADER);
        links.redeem(links.issue(new LinkTarget("group", "GRP-2")), LEADER);

        DialogAction.Result menu = actions.leader(context(LEADER, Map.of()));
        assertThat(menu.outcome()).isEqualTo("several");
        assertThat(menu.parts().toString()).contains("flow=group-menu&slot=group&value=GRP-2",
                "flow=group-menu&slot=group&value=GRP-5");
        assertThat(actions.ledBy(LEADER)).map(Group::id).as("the first by id until one is chosen").hasValue("GRP-2");

        assertThat(actions.actAs(context(LEADER, Map.of("group", "GRP-5"))).outcome()).isEqualTo("ok");
        assertThat(actions.ledBy(LEADER)).map(Group::id).hasValue("GRP-5");
        assertThat(actions.actAs(context(LEADER, Map.of("group", "GRP-7"))).outcome())
                .as("a group they do not lead").isEqualTo("none");
        assertThat(actions.ledBy(LEADER)).map(Group::id).hasValue("GRP-5");
        assertThat(actions.actAs(context(CITIZEN, Map.of("group", "GRP-5"))).outcome()).isEqualTo("not_leader");
        assertThat(redis.keys("*" + LEADER + "*")).contains("kyodo:group:acting:" + LEADER);
    }

    @Test
    void aLeaderSeesTheNamesAndCountsOfTheirSignUpsButNoContacts() {
        links.redeem(links.issue(new LinkTarget("group", "GRP-2")), LEADER);
        Opportunity dinner = new Opportunity("opp-dinner", jp.miyazaki.kyodo.catalog.OpportunityKind.VOLUNTEER,
                "子ども食堂の配膳", "", Category.CHILDCARE, "檍", "檍地区交流センター", NOW.plusDays(3).toOffsetDateTime(),
                NOW.plusDays(3).plusHours(3).toOffsetDateTime(), 2, "檍子ども食堂の会", "0985-00-2002", false);
        catalog.save(dinner);
        signUps.signUp("opp-dinner", "Ua", "宮崎 花子", "09011112222", 2, false);
        signUps.signUp("opp-dinner", "Ub", "日向 一郎", "ichiro@example.jp", 1, true);

        DialogAction.Result shown = actions.signUps(context(LEADER, Map.of()));

        assertThat(shown.outcome()).isEqualTo("ok");
        assertThat(shown.values().get("text")).contains("子ども食堂の配膳", "確定 2名／定員2名", "キャンセル待ち 1名",
                "宮崎 花子 2名", "日向 一郎 1名（キャンセル待ち）").doesNotContain("09011112222", "ichiro@example.jp");
    }

    @Test
    void aLeaderSeesTheOpenGrantsOfTheirGroupsCategoriesNearestDeadlineFirst() {
        links.redeem(links.issue(new LinkTarget("group", "GRP-2")), LEADER);
        LocalDate today = NOW.toLocalDate();
        catalog.save(grant("g-late", "子ども食堂運営補助金", Category.CHILDCARE, today.minusDays(10), today.plusDays(30)));
        catalog.save(grant("g-soon", "見守り活動助成", Category.WELFARE, today.minusDays(10), today.plusDays(9)));
        catalog.save(grant("g-other", "スポーツ振興補助金", Category.SPORTS, today.minusDays(10), today.plusDays(3)));
        catalog.save(grant("g-closed", "子育て講座補助金", Category.CHILDCARE, today.minusDays(40), today.minusDays(1)));

        DialogAction.Result grants = actions.grants(context(LEADER, Map.of()));

        String text = grants.values().get("text");
        assertThat(text).contains("見守り活動助成", "あと9日", "子ども食堂運営補助金", "あと30日")
                .doesNotContain("スポーツ振興補助金", "子育て講座補助金");
        assertThat(text.indexOf("見守り活動助成")).isLessThan(text.indexOf("子ども食堂運営補助金"));
    }

    @Test
    void timesAreReadAsLeadersTypeThem() {
        assertThat(TimeSpan.parse("9:00-11:30")).contains(new TimeSpan(LocalTime.of(9, 0), LocalTime.of(11, 30)));
        assertThat(TimeSpan.parse("９時〜１１時半")).contains(new TimeSpan(LocalTime.of(9, 0), LocalTime.of(11, 30)));
        assertThat(TimeSpan.parse("13:30から15:00まで")).contains(new TimeSpan(LocalTime.of(13, 30), LocalTime.of(15, 0)));
        assertThat(TimeSpan.parse("11:00-9:00")).isEmpty();
        assertThat(TimeSpan.parse("午前中")).isEmpty();
    }

    private static Grant grant(String id, String name, Category category, LocalDate opens, LocalDate deadline) {
        return new Grant(id, name, "", List.of(category), List.of(), "上限10万円", opens, null, deadline, List.of(), "",
                null, false);
    }

    private static DialogAction.Context context(String userId, Map<String, String> slots) {
        return new DialogAction.Context(userId, new HashMap<>(slots), NOW);
    }

    private static DialogAction.Context context(String userId, Map<String, String> slots, String language) {
        return new DialogAction.Context(userId, new HashMap<>(slots), NOW, language);
    }
}
