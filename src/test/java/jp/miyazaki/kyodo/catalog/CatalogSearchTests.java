package jp.miyazaki.kyodo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.shared.CityTime;

class CatalogSearchTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final ZonedDateTime NOW = TODAY.atTime(10, 0).atZone(CityTime.ZONE);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 29);

    private CatalogRepository repository;
    private CatalogSearch search;

    @BeforeEach
    void setUp() {
        repository = TestRedis.catalog(TestRedis.flushed());
        SampleCatalog sample = SampleCatalog.load(TODAY);
        sample.opportunities().forEach(repository::save);
        sample.grants().forEach(repository::save);
        sample.facilities().forEach(repository::save);
        search = TestRedis.search(repository);
    }

    private List<Opportunity> find(OpportunityQuery query) {
        return search.opportunities(query, NOW).stream().map(OpportunityMatch::opportunity).toList();
    }

    @Test
    void environmentInAoshimaThisWeekendFindsTheBeachCleanUp() {
        List<Opportunity> found = find(OpportunityQuery.ANY.withCategory(Category.ENVIRONMENT)
                .withDistrict("青島").withDates(SATURDAY, SUNDAY));

        assertThat(found).extracting(Opportunity::id).containsExactly("opp-001");
    }

    @Test
    void filtersAreStrictAndResultsAreSoonestFirst() {
        List<Opportunity> found = find(OpportunityQuery.ANY.withCategory(Category.WELFARE));

        assertThat(found).isNotEmpty().allMatch(o -> o.category() == Category.WELFARE);
        assertThat(found).extracting(Opportunity::start).isSortedAccordingTo(OffsetDateTime::compareTo);

        List<Opportunity> courses = find(OpportunityQuery.ANY.withKind(OpportunityKind.COURSE));
        assertThat(courses).isNotEmpty().allMatch(o -> o.kind() == OpportunityKind.COURSE);
    }

    @Test
    void opportunitiesMeetingMoreOfTheNeedsComeFirstAndNeedsDoNotFilter() {
        OpportunityQuery volunteering = OpportunityQuery.ANY.withKind(OpportunityKind.VOLUNTEER);
        List<Opportunity> all = find(volunteering);

        List<Opportunity> ranked = find(volunteering.withNeeds(
                java.util.Set.of(OpportunityAttribute.WHEELCHAIR, OpportunityAttribute.LIGHT_WORK)));

        assertThat(ranked).containsExactlyInAnyOrderElementsOf(all);
        assertThat(ranked.get(0).id()).isEqualTo("opp-011");
        assertThat(ranked).extracting(o -> (o.has(OpportunityAttribute.WHEELCHAIR) ? 1 : 0)
                + (o.has(OpportunityAttribute.LIGHT_WORK) ? 1 : 0)).isSortedAccordingTo((a, b) -> b - a);
        List<Opportunity> neither = ranked.stream().filter(o -> !o.has(OpportunityAttribute.WHEELCHAIR)
                && !o.has(OpportunityAttribute.LIGHT_WORK)).toList();
        assertThat(neither).extracting(Opportunity::start).isSortedAccordingTo(OffsetDateTime::compareTo);
    }

    @Test
    void onlyFutureOpportunitiesAreOffered() {
        ZonedDateTime later = SATURDAY.atTime(12, 0).atZone(CityTime.ZONE);

        List<OpportunityMatch> found = search.opportunities(OpportunityQuery.ANY, later);

        assertThat(found).isNotEmpty()
                .allMatch(m -> m.opportunity().start().toInstant().isAfter(later.toInstant()));
        assertThat(found).extracting(m -> m.opportunity().id()).doesNotContain("opp-001", "opp-005");
    }

    @Test
    void keywordsMatchOnBaseFormsAndTitleMatchesRankFirst() {
        List<OpportunityMatch> found = search.opportunities(OpportunityQuery.ANY.withKeywords("日本語を教えたい"), NOW);

        assertThat(found).isNotEmpty();
        // Both titles contain 日本語; the one whose title also has the word ranks by score, then date.
        assertThat(found).extracting(m -> m.opportunity().id()).startsWith("opp-019");
        assertThat(found).allMatch(m -> m.keywordScore() > 0);
        assertThat(found).extracting(OpportunityMatch::keywordScore).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aWholeSentenceFindsByItsContentWords() {
        List<Opportunity> found = find(OpportunityQuery.ANY.withKeywords("週末にできるボランティアを探しています"));

        assertThat(found).isNotEmpty().allMatch(o -> o.kind() == OpportunityKind.VOLUNTEER
                || (o.title() + o.description()).contains("ボランティア"));
        assertThat(found).containsAll(find(OpportunityQuery.ANY.withKind(OpportunityKind.VOLUNTEER)));
    }

    @Test
    void keywordsThatMatchNothingFindNothing() {
        assertThat(find(OpportunityQuery.ANY.withKeywords("スキューバダイビング"))).isEmpty();
    }

    @Test
    void fuzzyNameFindsTitlesDespiteTyposAndKana() {
        assertThat(search.opportunitiesNamed("青島海岸ビーチクリーン", NOW)).first()
                .extracting(s -> s.item().id()).isEqualTo("opp-001");
        assertThat(search.opportunitiesNamed("あおしま海岸ビーチクリン", NOW)).first()
                .extracting(s -> s.item().id()).isEqualTo("opp-001");
        assertThat(search.opportunitiesNamed("子ども食堂", NOW)).first()
                .extracting(s -> s.item().id()).isEqualTo("opp-005");
        assertThat(search.opportunitiesNamed("まったく関係ない名前です", NOW)).isEmpty();
        assertThat(search.grantNamed("地域コミュニティー活動交付金")).map(Grant::id).contains("grant-001");
    }

    @Test
    void grantsOpenFirstAndClosedNeverAmongDeadlines() {
        List<Grant> community = search.grants(Optional.of(Category.COMMUNITY), "", TODAY);

        assertThat(community).extracting(Grant::id).contains("grant-001", "grant-002", "grant-003");
        assertThat(community.get(community.size() - 1).statusOn(TODAY)).isEqualTo(GrantStatus.CLOSED);
        assertThat(community.get(0).statusOn(TODAY)).isEqualTo(GrantStatus.OPEN);

        List<Grant> deadlines = search.grantDeadlines(TODAY);
        assertThat(deadlines).extracting(Grant::id).doesNotContain("grant-003");
        assertThat(deadlines).extracting(Grant::deadline).isSorted();
        assertThat(deadlines.get(0).daysUntilDeadline(TODAY)).isEqualTo(5);
    }

    @Test
    void facilitiesByDistrictAndKind() {
        assertThat(search.facilities(List.of("清武"), Optional.empty(), ""))
                .extracting(Facility::id).containsExactly("fac-003", "fac-004");
        assertThat(search.facilities(List.of(), Optional.of("公民館"), ""))
                .isNotEmpty().allMatch(f -> f.kind().equals("公民館"));
        assertThat(search.facilities(List.of("清武"), Optional.of("交流センター"), ""))
                .extracting(Facility::id).containsExactly("fac-004");
    }
}
