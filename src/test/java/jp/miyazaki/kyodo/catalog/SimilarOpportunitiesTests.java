package jp.miyazaki.kyodo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Likeness of opportunities with real Kuromoji on sample-like activities. */
class SimilarOpportunitiesTests {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2030, 6, 1, 12, 0, 0, 0, ZoneOffset.ofHours(9));

    private CatalogRepository repository;
    private SimilarOpportunities similar;

    @BeforeEach
    void setUp() {
        repository = TestRedis.catalog(TestRedis.flushed());
        similar = new SimilarOpportunities(repository, new SearchTerms(TestRedis.ANALYZER),
                Clock.fixed(NOW.toInstant(), ZoneOffset.UTC));
        repository.save(opportunity("opp-001", "青島海岸ビーチクリーン",
                "青島の砂浜で漂着ごみを拾う海岸清掃です。軍手とごみ袋はこちらで用意します。", Category.ENVIRONMENT, "青島",
                "青島海水浴場 北側駐車場集合", "青島地域まちづくり推進委員会", NOW.plusDays(5)));
        repository.save(opportunity("opp-007", "子育てサポーター養成講座",
                "地域で子育て家庭を支えるサポーターを養成する全3回の講座です。", Category.CHILDCARE, "中央西",
                "宮崎市中央公民館", "宮崎市子育て支援ネットワーク", NOW.plusDays(9)));
        repository.save(opportunity("opp-040", "植物観察会",
                "専門家と一緒に季節の植物を観察します。", Category.ENVIRONMENT, "青島",
                "こどものくに", "自然観察の会", NOW.plusDays(3)));
    }

    @Test
    void aSecondBeachCleanUpInAoshimaFindsTheFirst() {
        Opportunity draft = opportunity("opp-new", "青島 ビーチクリーン大作戦",
                "青島海岸の砂浜でごみ拾いをします。ごみ袋を用意します。", Category.ENVIRONMENT, "青島", "青島海岸",
                "青島サーフクラブ", NOW.plusDays(20));

        List<SimilarOpportunity> matches = similar.similarTo(draft, 5);

        assertThat(matches).extracting(match -> match.opportunity().id()).containsExactly("opp-001");
        assertThat(matches.get(0).sharedWords()).contains("青島", "ビーチ", "クリーン", "砂浜", "ごみ");
        assertThat(matches.get(0).score()).isBetween(SimilarOpportunities.THRESHOLD, 1.0);
    }

    @Test
    void aBeachCleanUpAndAParentingCourseAreNotAlike() {
        Opportunity course = opportunity("opp-new", "はじめての子育て講座",
                "赤ちゃんとの暮らしや子育ての悩みを話し合う講座です。", Category.CHILDCARE, "中央東", "中央公民館",
                "子育て応援団", NOW.plusDays(20));
        Opportunity cleanUp = repository.findOpportunity("opp-001").orElseThrow();

        assertThat(similar.similarTo(course, 5)).extracting(match -> match.opportunity().id())
                .doesNotContain("opp-001").containsExactly("opp-007");
        assertThat(similar.similarTo(cleanUp, 5)).extracting(match -> match.opportunity().id())
                .doesNotContain("opp-007");
    }

    @Test
    void theSameCategoryAndDistrictWithoutSharedWordsIsNotEnough() {
        Opportunity cleanUp = repository.findOpportunity("opp-001").orElseThrow();

        assertThat(similar.similarTo(cleanUp, 5)).extracting(match -> match.opportunity().id())
                .doesNotContain("opp-040", "opp-001");
    }

    @Test
    void endedActivitiesAreIncludedAndMarkedAndTheLimitHolds() {
        repository.save(opportunity("opp-past", "青島海岸ビーチクリーン（春）",
                "青島の砂浜で海岸清掃をしました。", Category.ENVIRONMENT, "青島", "青島海水浴場", "青島地域まちづくり推進委員会",
                NOW.minusMonths(2)));
        Opportunity draft = opportunity("opp-new", "青島ビーチクリーン", "青島海岸の砂浜の清掃です。",
                Category.ENVIRONMENT, "青島", null, null, NOW.plusDays(20));

        List<SimilarOpportunity> matches = similar.similarTo(draft, 5);

        assertThat(matches).extracting(match -> match.opportunity().id()).containsOnly("opp-001", "opp-past");
        SimilarOpportunity past = matches.stream().filter(match -> match.opportunity().id().equals("opp-past"))
                .findFirst().orElseThrow();
        assertThat(similar.hasEnded(past.opportunity())).isTrue();
        assertThat(similar.hasEnded(repository.findOpportunity("opp-001").orElseThrow())).isFalse();
        assertThat(similar.similarTo(draft, 1)).hasSize(1);
    }

    private static Opportunity opportunity(String id, String title, String description, Category category,
            String district, String place, String organiser, OffsetDateTime start) {
        return new Opportunity(id, OpportunityKind.VOLUNTEER, title, description, category, district, place, start,
                start.plusHours(2), 20, organiser, null, false);
    }
}
