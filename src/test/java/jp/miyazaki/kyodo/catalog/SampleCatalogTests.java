package jp.miyazaki.kyodo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SampleCatalogTests {

    // A Thursday.
    private static final LocalDate LOAD_DAY = LocalDate.of(2026, 11, 26);

    private final SampleCatalog sample = SampleCatalog.load(LOAD_DAY);

    @Test
    void coversEveryCategoryManyDistrictsAndUpcomingDates() {
        assertThat(sample.opportunities()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(sample.opportunities().stream().map(Opportunity::category).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Category.values());
        assertThat(sample.opportunities().stream().map(Opportunity::district).collect(Collectors.toSet()))
                .hasSizeGreaterThanOrEqualTo(15);
        assertThat(sample.opportunities()).allSatisfy(o -> {
            assertThat(o.start().toLocalDate()).isAfterOrEqualTo(LOAD_DAY);
            assertThat(o.title().length()).isLessThanOrEqualTo(40);
        });
        assertThat(sample.opportunities().stream().map(Opportunity::id).collect(Collectors.toSet()))
                .hasSameSizeAs(sample.opportunities());
        assertThat(sample.note()).contains("サンプル");
    }

    @Test
    void hasABeachCleanUpInAoshimaThisSaturday() {
        assertThat(sample.opportunities()).anySatisfy(o -> {
            assertThat(o.category()).isEqualTo(Category.ENVIRONMENT);
            assertThat(o.district()).isEqualTo("青島");
            assertThat(o.start().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 28));
            assertThat(o.start().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        });
    }

    @Test
    void grantsIncludeTheCommunityGrantAndOneThatHasClosed() {
        assertThat(sample.grants()).hasSize(8);
        assertThat(sample.grants()).anySatisfy(g -> {
            assertThat(g.name()).isEqualTo("地域コミュニティ活動交付金");
            assertThat(g.statusOn(LOAD_DAY)).isEqualTo(GrantStatus.OPEN);
        });
        assertThat(sample.grants()).filteredOn(g -> g.name().startsWith("市民活動支援")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sample.grants()).anySatisfy(g -> assertThat(g.statusOn(LOAD_DAY)).isEqualTo(GrantStatus.CLOSED));
    }

    @Test
    void facilitiesIncludeTheCentreHallsAndAKiyotakeCentreWithRooms() {
        assertThat(sample.facilities()).hasSize(12);
        Set<String> names = sample.facilities().stream().map(Facility::name).collect(Collectors.toSet());
        assertThat(names).contains("宮崎市民活動センター");
        assertThat(sample.facilities()).filteredOn(f -> f.kind().equals("公民館")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(sample.facilities()).anySatisfy(f -> {
            assertThat(f.district()).isEqualTo("清武");
            assertThat(f.kind()).isEqualTo("交流センター");
            assertThat(f.rooms()).isNotEmpty();
        });
    }
}
