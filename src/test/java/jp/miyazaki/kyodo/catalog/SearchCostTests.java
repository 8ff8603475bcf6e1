package jp.miyazaki.kyodo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.flow.ShippedFlows;
import jp.miyazaki.kyodo.nlu.BilingualUnderstanding;
import jp.miyazaki.kyodo.nlu.NaturalLanguageUnderstanding;
import jp.miyazaki.kyodo.nlu.NluProperties;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.shared.RedisKeys;

/**
 * What a search costs besides its answer, which every turn of a search pays: the Redis round trips it makes, the
 * stored items it parses and the beans it looks up. A regression here cut the bot's turns per second (see
 * docs/tests-and-benchmarks.md, turn cost).
 */
class SearchCostTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final ZonedDateTime NOW = TODAY.atTime(10, 0).atZone(CityTime.ZONE);
    private static final NaturalLanguageUnderstanding UNDERSTANDING =
            NaturalLanguageUnderstanding.fromDialogs(Path.of("dialogs"), NluProperties.DEFAULT_THRESHOLD);

    private RoundTrips redis;
    private CatalogRepository repository;
    private CatalogActions actions;

    @BeforeEach
    void setUp() {
        redis = new RoundTrips(TestRedis.flushed());
        repository = new CatalogRepository(redis, TestRedis.JSON, RedisKeys.DEFAULT, new SearchTerms(TestRedis.ANALYZER));
        SampleCatalog sample = SampleCatalog.load(TODAY);
        sample.opportunities().forEach(repository::save);
        actions = new CatalogActions(repository, TestRedis.search(repository), Opportunity::capacity,
                ShippedFlows.wording(), UNDERSTANDING::searchWords);
    }

    @Test
    void wordsThatFindAnActivityAreToldFromIdsAndTermScoresWithoutReadingTheActivities() {
        Context context = new Context("U1", Map.of("request", "竹林の手入れをしたい"), NOW);

        int before = redis.trips();
        String outcome = actions.criteriaSaid(context).outcome();
        int criteria = redis.trips() - before;
        before = redis.trips();
        actions.searchOpportunities(context);
        int search = redis.trips() - before;

        assertThat(outcome).isEqualTo("given");
        // The ids by date and one term set per word (竹林, 手入れ); reading the activities is one more.
        assertThat(criteria).isEqualTo(3).isLessThan(search);
    }

    @Test
    void aSearchWithATopicWordMakesOneRoundTripPerConditionAndWord() {
        int before = redis.trips();
        actions.searchOpportunities(new Context("U1", Map.of("category", "environment",
                "request", "海岸清掃のボランティアを探しています"), NOW));

        // Ids by date, the activities, the category's ids, the terms 海岸 and 清掃.
        assertThat(redis.trips() - before).isEqualTo(5);
    }

    @Test
    void anUnchangedActivityIsParsedOnceAndAChangedOneAfresh() {
        List<Opportunity> first = repository.listOpportunities();
        List<Opportunity> second = repository.listOpportunities();
        Opportunity changed = first.get(0).withDepartment("環境政策課");
        repository.save(changed);
        List<Opportunity> third = repository.listOpportunities();

        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).isSameAs(first.get(i));
        }
        assertThat(third.get(0)).isEqualTo(changed).isNotSameAs(first.get(0));
        assertThat(third.get(1)).isSameAs(first.get(1));
    }

    @Test
    void theUnderstandingIsLookedUpOnceForEverySearch() {
        AtomicInteger lookups = new AtomicInteger();
        BilingualUnderstanding understanding = new BilingualUnderstanding(UNDERSTANDING, Optional.empty());
        ObjectProvider<BilingualUnderstanding> provider = new ObjectProvider<>() {
            @Override
            public BilingualUnderstanding getIfAvailable() {
                lookups.incrementAndGet();
                return understanding;
            }

            @Override
            public BilingualUnderstanding getObject() {
                return getIfAvailable();
            }
        };
        CatalogActions wired = new CatalogConfiguration().catalogActions(repository, TestRedis.search(repository),
                Opportunity::capacity, ShippedFlows.wording(), provider);

        for (String request : List.of("海岸清掃のボランティアを探しています", "子ども連れで参加できる活動", "竹林の手入れをしたい")) {
            assertThat(wired.searchOpportunities(new Context("U1", Map.of("request", request), NOW)).outcome())
                    .isEqualTo(CatalogActions.OK);
        }

        assertThat(lookups).hasValue(1);
    }

    /** The template on the test Redis, counting the commands it sends one by one (each a round trip). */
    private static final class RoundTrips extends StringRedisTemplate {
        private final AtomicInteger trips = new AtomicInteger();

        RoundTrips(StringRedisTemplate shared) {
            super(shared.getRequiredConnectionFactory());
        }

        @Override
        public <T> T execute(RedisCallback<T> action, boolean exposeConnection, boolean pipeline) {
            trips.incrementAndGet();
            return super.execute(action, exposeConnection, pipeline);
        }

        int trips() {
            return trips.get();
        }
    }
}
