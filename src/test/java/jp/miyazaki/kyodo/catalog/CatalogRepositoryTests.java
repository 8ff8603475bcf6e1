package jp.miyazaki.kyodo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

class CatalogRepositoryTests {

    private StringRedisTemplate redis;
    private CatalogRepository repository;

    @BeforeEach
    void setUp() {
        redis = TestRedis.flushed();
        repository = TestRedis.catalog(redis);
    }

    static Opportunity opportunity(String id, Category category, String district, OffsetDateTime start) {
        return new Opportunity(id, OpportunityKind.VOLUNTEER, "海岸清掃 " + id, "砂浜のごみを拾います。", category,
                district, "青島海水浴場", start, start.plusHours(2), 10, "テスト団体", "0985-00-0000", false);
    }

    @Test
    void opportunityRoundTripsAndMovesBetweenIndexesWhenChanged() {
        OffsetDateTime start = OffsetDateTime.of(2030, 5, 4, 9, 0, 0, 0, ZoneOffset.ofHours(9));
        Opportunity original = opportunity("o1", Category.ENVIRONMENT, "青島", start);
        repository.save(original);

        assertThat(repository.findOpportunity("o1")).contains(original);
        assertThat(repository.opportunityIdsByDistrict("青島")).containsExactly("o1");

        Opportunity moved = opportunity("o1", Category.WELFARE, "清武", start);
        repository.save(moved);
        assertThat(repository.findOpportunity("o1")).contains(moved);
        assertThat(repository.opportunityIdsByDistrict("青島")).isEmpty();
        assertThat(repository.opportunityIdsByCategory(Category.ENVIRONMENT)).isEmpty();
        assertThat(repository.opportunityIdsByCategory(Category.WELFARE)).containsExactly("o1");
        assertThat(repository.listOpportunities()).containsExactly(moved);

        assertThat(repository.deleteOpportunity("o1")).isTrue();
        assertThat(repository.findOpportunity("o1")).isEmpty();
        assertThat(repository.listOpportunities()).isEmpty();
        assertThat(redis.keys("kyodo:catalog:*")).isEmpty();
    }

    @Test
    void itemsStoredBeforeThereWerePositionsReadWithoutOneAndPositionsRoundTrip() {
        redis.opsForValue().set("kyodo:catalog:facility:old", "{\"id\":\"old\",\"name\":\"旧公民館\",\"kind\":\"公民館\","
                + "\"district\":\"清武\",\"address\":\"宮崎市清武町\",\"rooms\":[],\"equipment\":[],\"sample\":false}");
        redis.opsForValue().set("kyodo:catalog:opportunity:old", "{\"id\":\"old\",\"kind\":\"volunteer\","
                + "\"title\":\"旧い活動\",\"category\":\"environment\",\"start\":\"2030-05-04T09:00:00+09:00\","
                + "\"end\":\"2030-05-04T11:00:00+09:00\",\"capacity\":5,\"sample\":false}");

        assertThat(repository.findFacility("old").orElseThrow().location()).isNull();
        Opportunity old = repository.findOpportunity("old").orElseThrow();
        assertThat(old.location()).isNull();
        assertThat(old.address()).isNull();

        Opportunity placed = old.at("宮崎市清武町加納", new GeoPoint(31.88, 131.401));
        repository.save(placed);
        assertThat(repository.findOpportunity("old")).contains(placed);
        Facility facility = repository.findFacility("old").orElseThrow().at(new GeoPoint(31.8706, 131.387));
        repository.save(facility);
        assertThat(repository.findFacility("old")).contains(facility);
    }

    @Test
    void grantAndFacilityRoundTrip() {
        Grant grant = new Grant("g1", "テスト補助金", "地域の活動を支援します。", List.of(Category.COMMUNITY),
                List.of("自治会"), "上限10万円", LocalDate.of(2030, 4, 1), null, LocalDate.of(2030, 5, 31),
                List.of("申請書"), "市役所", "https://example.jp", false);
        Facility facility = new Facility("f1", "テスト公民館", "公民館", "清武", "宮崎市清武町", "9:00〜21:00",
                List.of("会議室"), List.of("プロジェクター"), "窓口で予約", "0985-00-0000", false);
        repository.save(grant);
        repository.save(facility);

        assertThat(repository.findGrant("g1")).contains(grant);
        assertThat(repository.grantIdsByCategory(Category.COMMUNITY)).containsExactly("g1");
        assertThat(repository.findFacility("f1")).contains(facility);
        assertThat(repository.facilitiesByDistrict("清武")).containsExactly(facility);
        assertThat(repository.facilitiesByKind("公民館")).containsExactly(facility);

        assertThat(repository.deleteGrant("g1")).isTrue();
        assertThat(repository.deleteFacility("f1")).isTrue();
        assertThat(repository.isEmpty()).isTrue();
        assertThat(redis.keys("kyodo:catalog:*")).isEmpty();
    }

    @Test
    void theDepartmentRoundTripsAndJsonStoredWithoutOneReadsAsNone() {
        OffsetDateTime start = OffsetDateTime.of(2030, 5, 4, 9, 0, 0, 0, ZoneOffset.ofHours(9));
        Opportunity owned = opportunity("o1", Category.ENVIRONMENT, "青島", start).withDepartment("環境保全課");
        repository.save(owned);
        redis.opsForValue().set("kyodo:catalog:opportunity:o2", """
                {"id": "o2", "kind": "event", "title": "古い活動", "category": "community",
                 "start": "2030-05-04T00:00:00Z", "end": "2030-05-04T01:00:00Z", "capacity": 5, "sample": false}""");

        assertThat(repository.findOpportunity("o1")).contains(owned);
        assertThat(repository.findOpportunity("o1").orElseThrow().department()).isEqualTo("環境保全課");
        assertThat(repository.findOpportunity("o2").orElseThrow().department()).isNull();
        assertThat(opportunity("o3", Category.ENVIRONMENT, "青島", start).withDepartment("  ").department()).isNull();
    }

    @Test
    void attributesRoundTripAndJsonStoredWithoutThemReadsAsNone() {
        OffsetDateTime start = OffsetDateTime.of(2030, 5, 4, 9, 0, 0, 0, ZoneOffset.ofHours(9));
        Opportunity easy = opportunity("o1", Category.ENVIRONMENT, "青島", start)
                .withAttributes(List.of(OpportunityAttribute.WHEELCHAIR, OpportunityAttribute.CHILDREN_WELCOME));
        repository.save(easy);
        redis.opsForValue().set("kyodo:catalog:opportunity:o2", """
                {"id": "o2", "kind": "event", "title": "古い活動", "category": "community",
                 "start": "2030-05-04T00:00:00Z", "end": "2030-05-04T01:00:00Z", "capacity": 5, "sample": false}""");

        assertThat(repository.findOpportunity("o1")).contains(easy);
        assertThat(repository.findOpportunity("o1").orElseThrow().attributes())
                .containsExactly(OpportunityAttribute.CHILDREN_WELCOME, OpportunityAttribute.WHEELCHAIR);
        assertThat(redis.opsForValue().get("kyodo:catalog:opportunity:o1"))
                .contains("\"attributes\":[\"children_welcome\",\"wheelchair\"]");
        assertThat(repository.findOpportunity("o2").orElseThrow().attributes()).isEmpty();
        assertThat(easy.withDepartment("環境保全課").attributes()).isEqualTo(easy.attributes());
    }

    @Test
    void sampleIsLoadedOnlyWhenTheCatalogIsEmpty() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T01:00:00Z"), ZoneOffset.UTC);
        java.util.List<Object> published = new java.util.ArrayList<>();
        SampleCatalogLoader loader = new SampleCatalogLoader(repository, new CatalogProperties(true), clock,
                published::add);

        assertThat(loader.loadIfEmpty()).isTrue();
        assertThat(published).containsExactly(new SampleCatalogLoaded());
        assertThat(repository.listOpportunities()).hasSizeGreaterThanOrEqualTo(30)
                .allMatch(Opportunity::sample);
        assertThat(repository.listGrants()).hasSize(8);
        assertThat(repository.listFacilities()).hasSize(12);
        assertThat(repository.findOpportunity("opp-001").orElseThrow().department()).isEqualTo("環境保全課");
        assertThat(repository.findGrant("grant-004").orElseThrow().department()).isEqualTo("危機管理課");
        assertThat(repository.findFacility("fac-002").orElseThrow().department()).isEqualTo("生涯学習課");

        repository.deleteOpportunity("opp-001");
        assertThat(loader.loadIfEmpty()).isFalse();
        assertThat(repository.findOpportunity("opp-001")).isEmpty();
    }

    @Test
    void sampleIsNotLoadedWhenSwitchedOff() {
        SampleCatalogLoader loader = new SampleCatalogLoader(repository, new CatalogProperties(false),
                Clock.systemUTC(), event -> { });

        assertThat(loader.loadIfEmpty()).isFalse();
        assertThat(repository.isEmpty()).isTrue();
    }
}
