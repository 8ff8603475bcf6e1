package jp.miyazaki.kyodo.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.catalog.Category;

class SubscriberAudienceTests {

    @Test
    void aBroadcastSegmentBecomesTheSubscriptionSegmentWithCategoriesByIdOrLabel() {
        Segment mapped = SubscriberAudience.toSubscriptionSegment(
                new jp.miyazaki.kyodo.broadcast.Segment(Set.of("disaster", "環境"), Set.of("青島"))).orElseThrow();

        assertThat(mapped.categories()).containsExactlyInAnyOrder(Category.DISASTER, Category.ENVIRONMENT);
        assertThat(mapped.districts()).containsExactly("青島");
    }

    @Test
    void theEmptySegmentIsEveryoneButOnlyUnknownCategoriesAreNoOne() {
        assertThat(SubscriberAudience.toSubscriptionSegment(jp.miyazaki.kyodo.broadcast.Segment.EVERYONE))
                .contains(Segment.EVERYONE);
        assertThat(SubscriberAudience.toSubscriptionSegment(
                new jp.miyazaki.kyodo.broadcast.Segment(Set.of("no-such-field"), Set.of()))).isEmpty();
        assertThat(SubscriberAudience.toSubscriptionSegment(
                new jp.miyazaki.kyodo.broadcast.Segment(Set.of("no-such-field", "welfare"), Set.of()))
                .map(Segment::categories)).contains(List.of(Category.WELFARE));
    }
}
