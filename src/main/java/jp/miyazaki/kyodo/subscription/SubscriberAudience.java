package jp.miyazaki.kyodo.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.miyazaki.kyodo.broadcast.Audience;
import jp.miyazaki.kyodo.catalog.Category;

/**
 * The audience of a broadcast from the notice subscriptions: a broadcast segment names categories by id, which
 * become the subscription feature's categories. An unknown category id reaches no one rather than everyone.
 */
public class SubscriberAudience implements Audience {

    private final Subscriptions subscriptions;

    public SubscriberAudience(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public List<String> recipients(jp.miyazaki.kyodo.broadcast.Segment segment) {
        return toSubscriptionSegment(segment)
                .map(s -> subscriptions.recipients(s).stream().sorted().toList())
                .orElse(List.of());
    }

    @Override
    public long count(jp.miyazaki.kyodo.broadcast.Segment segment) {
        return toSubscriptionSegment(segment).map(s -> (long) subscriptions.recipients(s).size()).orElse(0L);
    }

    /** Empty when the segment names categories none of which exists (it must not widen to everyone). */
    static Optional<Segment> toSubscriptionSegment(jp.miyazaki.kyodo.broadcast.Segment segment) {
        List<Category> categories = new ArrayList<>();
        segment.categories().forEach(id -> Category.parse(id).ifPresent(categories::add));
        if (!segment.categories().isEmpty() && categories.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Segment(categories, List.copyOf(segment.districts())));
    }
}
