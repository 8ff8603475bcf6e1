package jp.miyazaki.kyodo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.flow.ShippedFlows;
import jp.miyazaki.kyodo.nlu.NaturalLanguageUnderstanding;
import jp.miyazaki.kyodo.nlu.NluProperties;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.shared.LineLimits;

class CatalogActionsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final ZonedDateTime NOW = TODAY.atTime(10, 0).atZone(CityTime.ZONE);
    private static final NaturalLanguageUnderstanding UNDERSTANDING =
            NaturalLanguageUnderstanding.fromDialogs(Path.of("dialogs"), NluProperties.DEFAULT_THRESHOLD);

    private final Map<String, Integer> taken = new HashMap<>();
    private CatalogActions actions;

    @BeforeEach
    void setUp() {
        CatalogRepository repository = TestRedis.catalog(TestRedis.flushed());
        SampleCatalog sample = SampleCatalog.load(TODAY);
        sample.opportunities().forEach(repository::save);
        sample.grants().forEach(repository::save);
        sample.facilities().forEach(repository::save);
        actions = new CatalogActions(repository, TestRedis.search(repository),
                o -> o.capacity() - taken.getOrDefault(o.id(), 0), ShippedFlows.wording(), UNDERSTANDING::searchWords);
    }

    private static Context context(Map<String, String> slots) {
        return new Context("U1", slots, NOW);
    }

    static void assertWithinLineLimits(Reply.Cards cards) {
        assertThat(cards.cards()).isNotEmpty().hasSizeLessThanOrEqualTo(LineLimits.CAROUSEL_BUBBLES);
        assertThat(cards.altText().length()).isLessThanOrEqualTo(400);
        for (Reply.Card card : cards.cards()) {
            assertThat(card.title().length()).isLessThanOrEqualTo(40);
            assertThat(card.body().length()).isLessThanOrEqualTo(60);
            assertThat(card.buttons()).isNotEmpty().hasSizeLessThanOrEqualTo(3).allSatisfy(button -> {
                assertThat(button.label().length()).isLessThanOrEqualTo(LineLimits.ACTION_LABEL_LENGTH);
                if (button.action() instanceof Reply.Action.Send send) {
                    assertThat(send.data().length()).isLessThanOrEqualTo(LineLimits.POSTBACK_DATA_LENGTH);
                }
            });
        }
    }

    @Test
    void searchAnswersWithCardsToSeeAndSignUp() {
        taken.put("opp-001", 40);
        Result result = actions.searchOpportunities(context(Map.of("category", "environment", "district", "青島",
                "date_from", "2026-11-28", "date_to", "2026-11-29")));

        assertThat(result.outcome()).isEqualTo("ok");
        assertThat(result.values()).containsEntry("count", "1");
        Reply.Cards cards = (Reply.Cards) result.parts().get(0);
        assertWithinLineLimits(cards);
        Reply.Card card = cards.cards().get(0);
        assertThat(card.title()).isEqualTo("青島海岸ビーチクリーン");
        assertThat(card.body()).contains("11/28(土) 8:00〜").contains("満員");
        assertThat(card.buttons()).extracting(Reply.Choice::label).containsExactly("詳細", "申し込む", "地図");
        assertThat(card.buttons().get(2).action()).isEqualTo(new Reply.Action.Open(
                "https://www.google.com/maps/search/?api=1&query=31.8085%2C131.4585"));
        assertThat(card.buttons().get(1).action()).isEqualTo(
                new Reply.Action.Send("intent=volunteer.signup&opportunity=opp-001", "申し込む"));
        assertThat(card.buttons().get(0).action()).isEqualTo(
                new Reply.Action.Send("flow=opportunity-detail&slot=opportunity&value=opp-001", "詳細"));
    }

    @Test
    void activitiesMeetingTheNeedComeFirstAndTheirCardsSaySo() {
        Result result = actions.searchOpportunities(context(Map.of("category", "environment",
                "date_from", "2026-11-28", "date_to", "2026-11-29",
                "request", "週末に小学生の子どもと一緒に参加できる環境活動はありますか")));

        assertThat(result.outcome()).isEqualTo("ok");
        assertThat(result.parts()).hasSize(1);
        Reply.Cards cards = (Reply.Cards) result.parts().get(0);
        assertWithinLineLimits(cards);
        assertThat(cards.cards()).hasSizeGreaterThan(1);
        assertThat(cards.cards().get(0).title()).isEqualTo("青島海岸ビーチクリーン");
        assertThat(cards.cards().get(0).body()).contains("子ども連れOK");
        assertThat(cards.cards().get(1).body()).doesNotContain("子ども連れOK");
    }

    @Test
    void withoutANeedTheSoonestComeFirst() {
        Result result = actions.searchOpportunities(context(Map.of("category", "environment",
                "date_from", "2026-11-28", "date_to", "2026-11-29", "request", "週末の環境活動")));

        Reply.Cards cards = (Reply.Cards) result.parts().get(0);
        assertThat(cards.cards().get(0).title()).isEqualTo("青島海岸ビーチクリーン");
        assertThat(cards.cards().get(1).title()).isEqualTo("大淀川河川敷クリーン作戦");
    }

    @Test
    void keywordsThatMatchNothingAreSaidFirstAndTheNearestAreOfferedAsSuch() {
        Result result = actions.searchOpportunities(context(Map.of("category", "welfare", "kind", "course",
                "request", "手話の講座")));

        assertThat(result.outcome()).isEqualTo("ok");
        assertThat(result.parts().get(0)).isEqualTo(new Reply.Text("手話の活動は見つかりませんでした。近い活動をご案内します。"));
        Reply.Cards cards = (Reply.Cards) result.parts().get(1);
        assertThat(cards.altText()).contains("近い活動");
        assertThat(cards.cards()).extracting(Reply.Card::title).contains("認知症サポーター養成講座");
    }

    @Test
    void keywordsThatMatchKeepOnlyTheActivitiesTheyName() {
        Result result = actions.searchOpportunities(context(Map.of("request", "竹林の手入れをしたい")));

        assertThat(result.parts()).hasSize(1);
        assertThat(((Reply.Cards) result.parts().get(0)).cards()).extracting(Reply.Card::title)
                .containsExactly("佐土原 竹林整備ボランティア");
    }

    @Test
    void aNeedNoResultMeetsIsSaidFirst() {
        Result result = actions.searchOpportunities(context(Map.of("category", "sports",
                "request", "オンラインで参加できるスポーツ")));

        assertThat(result.parts().get(0)).isEqualTo(new Reply.Text("オンラインの活動は見つかりませんでした。近い活動をご案内します。"));
        assertThat(((Reply.Cards) result.parts().get(1)).cards()).isNotEmpty();
    }

    @Test
    void aNeedOrWordsThatFindSomethingAreEnoughToSearchAtOnce() {
        assertThat(actions.criteriaSaid(context(Map.of("request", "車いすで行けるところはありますか"))).outcome())
                .isEqualTo("given");
        assertThat(actions.criteriaSaid(context(Map.of("request", "竹林の手入れをしたい"))).outcome())
                .isEqualTo("given");
        assertThat(actions.criteriaSaid(context(Map.of("request", "定年後に何かしたい"))).outcome())
                .isEqualTo("none");
        assertThat(actions.criteriaSaid(context(Map.of("request", "活動を探したい"))).outcome()).isEqualTo("none");
        assertThat(actions.criteriaSaid(context(Map.of("district", "青島"))).outcome()).isEqualTo("given");
    }

    @Test
    void theDetailsNameTheAttributes() {
        Result result = actions.opportunityDetails(context(Map.of("opportunity", "opp-011")));

        assertThat(result.values().get("details")).contains("参加しやすさ：軽作業／車いす可／屋内・雨天可");
    }

    @Test
    void aBroadSearchShowsAtMostTwelveCards() {
        Result result = actions.searchOpportunities(context(Map.of()));

        assertThat(Integer.parseInt(result.values().get("count"))).isGreaterThan(12);
        assertWithinLineLimits((Reply.Cards) result.parts().get(0));
    }

    @Test
    void noResultSuggestsWideningTheDistrictOrDates() {
        Result result = actions.searchOpportunities(context(Map.of("category", "環境", "district", "清武",
                "date", "2026-11-28..2026-11-29")));

        assertThat(result.outcome()).isEqualTo("none");
        assertThat(Integer.parseInt(result.values().get("wider_district_count"))).isPositive();
        assertThat(result.values().get("text")).contains("地域を問わなければ");
    }

    @Test
    void nearbyListsTheNearestFacilitiesAndUpcomingActivitiesWithTheirDistances() {
        Result near = actions.nearby(context(Map.of("location", "32.03,131.428")));

        assertThat(near.outcome()).isEqualTo("ok");
        assertThat(near.values()).containsEntry("nearest_facility", "佐土原公民館")
                .containsEntry("nearest_facility_distance", "210m");
        assertThat(near.parts().get(0)).isInstanceOf(Reply.Text.class);
        Reply.Cards facilities = (Reply.Cards) near.parts().get(1);
        Reply.Cards activities = (Reply.Cards) near.parts().get(2);
        assertWithinLineLimits(facilities);
        assertWithinLineLimits(activities);
        assertThat(facilities.cards()).hasSize(CatalogActions.NEARBY_EACH).first().satisfies(card -> {
            assertThat(card.title()).isEqualTo("佐土原公民館");
            assertThat(card.body()).startsWith("210m・公民館・佐土原");
            assertThat(card.buttons()).extracting(Reply.Choice::label).containsExactly("詳細", "地図");
        });
        assertThat(activities.cards().get(0).body()).startsWith("80m・").contains("佐土原総合支所");

        Result activitiesFirst = actions.nearby(context(Map.of("location", "32.03,131.428",
                "looking_for", "activities")));
        assertThat(((Reply.Cards) activitiesFirst.parts().get(1)).altText()).contains("活動");
        assertThat(actions.nearby(context(Map.of("location", "35.6812,139.7671"))).outcome()).isEqualTo("none");
        assertThat(actions.nearby(context(Map.of())).outcome()).isEqualTo("none");
    }

    @Test
    void distancesReadAsMetresUnderAKilometreThenKilometres() {
        assertThat(actions.distance(3)).isEqualTo("10m");
        assertThat(actions.distance(846)).isEqualTo("850m");
        assertThat(actions.distance(1_234)).isEqualTo("1.2km");
        assertThat(actions.distance(9_960)).isEqualTo("10.0km");
        assertThat(actions.distance(12_600)).isEqualTo("13km");
    }

    @Test
    void aPlaceIsSentAsALocationMessageOnlyWhenItHasAPosition() {
        assertThat(actions.place(context(Map.of("place", "fac-008"))).parts()).containsExactly(
                new Reply.Place("佐土原公民館", "宮崎市佐土原町下田島（サンプル住所）", 32.0286, 131.4265));
        assertThat(actions.place(context(Map.of("place", "opp-004"))).parts()).singleElement()
                .isInstanceOfSatisfying(Reply.Place.class, place -> assertThat(place.address()).contains("橘通西"));
        assertThat(actions.place(context(Map.of("place", "opp-025"))).outcome()).isEqualTo("none");
        assertThat(actions.place(context(Map.of("place", "nothing-here"))).outcome()).isEqualTo("none");
    }

    @Test
    void detailsAndFindByName() {
        Result details = actions.opportunityDetails(context(Map.of("opportunity", "opp-001")));
        assertThat(details.outcome()).isEqualTo("ok");
        assertThat(details.values()).containsEntry("title", "青島海岸ビーチクリーン").containsKey("when");
        assertThat(details.values().get("details")).contains("青島海水浴場").contains("サンプル");
        assertThat(details.parts()).isEmpty();
        Result shown = actions.opportunityDetails(context(Map.of("opportunity", "opp-001", "view", "details")));
        assertThat(shown.parts()).singleElement().isInstanceOfSatisfying(Reply.Choices.class, choices ->
                assertThat(choices.choices()).extracting(Reply.Choice::label).containsExactly("申し込む", "地図を送る"));
        assertThat(((Reply.Choices) shown.parts().get(0)).choices().get(1).action())
                .isEqualTo(new Reply.Action.Send("flow=place-map&slot=place&value=opp-001", "地図を送る"));

        Result byName = actions.opportunityDetails(context(Map.of("opportunity", "青島のビーチクリーンに申し込みたい")));
        assertThat(byName.values()).containsEntry("opportunity", "opp-001");

        Result found = actions.findOpportunity(context(Map.of("name", "青島のビーチクリーン")));
        assertThat(found.outcome()).isEqualTo("ok");
        assertThat(found.values()).containsEntry("opportunity_id", "opp-001");
        assertThat(actions.findOpportunity(context(Map.of("name", "あおしまのビーチクリーン"))).values())
                .containsEntry("opportunity_id", "opp-001");
        assertThat(actions.findOpportunity(context(Map.of("name", "おやこウォーキング大会"))).values())
                .containsEntry("opportunity_id", "opp-029");

        assertThat(actions.findOpportunity(context(Map.of("name", "宇宙旅行"))).outcome()).isEqualTo("none");
        assertThat(actions.opportunityDetails(context(Map.of("id", "nope"))).outcome()).isEqualTo("none");
    }

    @Test
    void grantDeadlinesCountDaysAndLeaveClosedOnesOut() {
        Result deadlines = actions.grantDeadlines(context(Map.of()));

        assertThat(deadlines.outcome()).isEqualTo("ok");
        assertThat(deadlines.values()).containsEntry("nearest_days_left", "5");
        assertThat(deadlines.values().get("text")).contains("12月1日(火)締め切り・あと5日")
                .doesNotContain("ステップアップ部門");

        Result community = actions.searchGrants(context(Map.of("grant", "地域コミュニティ活動交付金")));
        assertThat(community.outcome()).isEqualTo("ok");
        assertThat(community.values()).containsEntry("days_left", "12").containsEntry("status", "受付中");
        assertThat(community.values().get("text")).contains("締め切りまであと12日");

        Result closed = actions.grantDetails(context(Map.of("grant", "grant-003")));
        assertThat(closed.values()).containsEntry("status", "受付終了");
        assertThat(closed.values().get("text")).contains("受付は終了しました");
    }

    @Test
    void grantSearchByCategoryPutsOpenOnesFirst() {
        Result result = actions.searchGrants(context(Map.of("category", "community")));

        Reply.Cards cards = (Reply.Cards) result.parts().get(0);
        assertWithinLineLimits(cards);
        assertThat(cards.cards().get(0).body()).startsWith("受付中");
        assertThat(cards.cards().get(cards.cards().size() - 1).body()).startsWith("受付は終了");
    }

    @Test
    void facilitiesInKiyotakeWithRooms() {
        Result result = actions.searchFacilities(context(Map.of("district", "清武")));

        assertThat(result.outcome()).isEqualTo("ok");
        assertWithinLineLimits((Reply.Cards) result.parts().get(0));
        Result details = actions.searchFacilities(context(Map.of("facility", "fac-004")));
        assertThat(details.values().get("text")).contains("部屋：多目的室").contains("予約：");
        assertThat(actions.searchFacilities(context(Map.of("district", "清武", "kind", "体育館"))).outcome())
                .isEqualTo("none");
    }

    @Test
    void anyMeansNoRestrictionAndChuoMeansBothCentralDistricts() {
        Result any = actions.searchOpportunities(context(Map.of("category", "any", "district", "any", "date", "any")));
        Result all = actions.searchOpportunities(context(Map.of()));
        assertThat(any.values().get("count")).isEqualTo(all.values().get("count"));

        Result chuo = actions.searchFacilities(context(Map.of("district", "中央")));
        assertThat(((Reply.Cards) chuo.parts().get(0)).cards()).extracting(Reply.Card::title)
                .containsExactlyInAnyOrder("宮崎市民活動センター", "宮崎市中央公民館");
    }

    @Test
    void listsSplitOnJapaneseCommas() {
        ActionSlots slots = new ActionSlots(context(Map.of("categories", "防災、environment", "districts", "青島地区 北")));

        assertThat(slots.categories("categories")).containsExactly(Category.DISASTER, Category.ENVIRONMENT);
        assertThat(slots.districts("districts")).isEqualTo(List.of("青島", "北"));
    }
}
