package jp.miyazaki.kyodo.privacy;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import jp.miyazaki.kyodo.activity.ActivityRecords;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.consultation.Consultations;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.shared.RedisKeys;
import jp.miyazaki.kyodo.signup.RememberedDetails;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.subscription.Subscriptions;

/** Wires the personal data view and erasure, their dialog actions and the retention sweep. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(RetentionProperties.class)
public class PrivacyConfiguration {

    @Bean
    RetentionSweep retentionSweep(StringRedisTemplate redis, RedisKeys keys, PersonalData personalData,
            SignUps signUps, CatalogRepository catalog, RetentionProperties properties,
            ObjectProvider<Clock> clock) {
        return new RetentionSweep(redis, keys, personalData, signUps, catalog, properties,
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    PersonalData personalData(StringRedisTemplate redis, RedisKeys keys, SignUps signUps,
            Subscriptions subscriptions, Consultations consultations, ActivityRecords activityRecords,
            ObjectProvider<PersonalIndex> indexes) {
        return new PersonalData(redis, keys, signUps, subscriptions, consultations, activityRecords,
                indexes.orderedStream().toList());
    }

    @Bean
    PrivacyActions privacyActions(PersonalData personalData, CatalogRepository catalog, Wording wording,
            RememberedDetails rememberedDetails) {
        return new PrivacyActions(personalData, catalog, wording, rememberedDetails);
    }
}
