package jp.miyazaki.kyodo.subscription;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.shared.RedisKeys;
import tools.jackson.databind.json.JsonMapper;

/** Wires subscriptions, profiles and their dialog actions. */
@Configuration(proxyBeanMethods = false)
public class SubscriptionConfiguration {

    @Bean
    Subscriptions subscriptions(StringRedisTemplate redis, ObjectProvider<JsonMapper> json, RedisKeys keys,
            ObjectProvider<Clock> clock) {
        return new Subscriptions(redis, json.getIfAvailable(JsonMapper::new), keys,
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    SubscriberAudience subscriberAudience(Subscriptions subscriptions) {
        return new SubscriberAudience(subscriptions);
    }

    @Bean
    SubscriberLanguages subscriberLanguages(Subscriptions subscriptions, CitizenLanguage languages) {
        return new SubscriberLanguages(subscriptions, languages);
    }

    @Bean
    GrantFollowers grantFollowers(CatalogRepository catalog, Subscriptions subscriptions) {
        return new GrantFollowers(catalog, subscriptions);
    }

    @Bean
    SubscriptionActions subscriptionActions(Subscriptions subscriptions, Wording wording) {
        return new SubscriptionActions(subscriptions, wording);
    }
}
