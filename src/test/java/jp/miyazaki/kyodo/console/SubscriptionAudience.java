package jp.miyazaki.kyodo.console;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;

import jp.miyazaki.kyodo.broadcast.Audience;
import jp.miyazaki.kyodo.broadcast.BroadcastTestConfiguration;
import jp.miyazaki.kyodo.broadcast.Segment;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.subscription.Subscriptions;

/**
 * Until the real audience is wired on main: the broadcast audience read from citizens' subscriptions, and noon
 * in Miyazaki so quiet hours never hold a test's notice back. Imported by the console's tests only.
 */
class SubscriptionAudience {

    @Bean
    Audience subscriptionAudience(Subscriptions subscriptions) {
        return new Audience() {
            @Override
            public List<String> recipients(Segment segment) {
                return subscriptions.recipients(toSubscriptionSegment(segment)).stream().sorted().toList();
            }

            @Override
            public long count(Segment segment) {
                return subscriptions.recipients(toSubscriptionSegment(segment)).size();
            }
        };
    }

    @Bean
    Clock noonInMiyazaki() {
        return BroadcastTestConfiguration.CLOCK;
    }

    private static jp.miyazaki.kyodo.subscription.Segment toSubscriptionSegment(Segment segment) {
        return new jp.miyazaki.kyodo.subscription.Segment(
                segment.categories().stream().map(id -> Category.parse(id).orElseThrow()).toList(),
                List.copyOf(segment.districts()));
    }
}
