package jp.miyazaki.kyodo.activity;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.shared.RedisKeys;
import jp.miyazaki.kyodo.shared.RedisStore;
import jp.miyazaki.kyodo.signup.SignUps;

/** Wires attendance, activity records, the thanks and survey, and their dialog actions. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecognitionProperties.class)
public class ActivityConfiguration {

    @Bean
    ActivityRecords activityRecords(RedisStore store) {
        return new ActivityRecords(store);
    }

    @Bean
    Feedback feedback(StringRedisTemplate redis, RedisKeys keys) {
        return new Feedback(redis, keys);
    }

    @Bean
    Milestones milestones(ActivityRecords records, RecognitionProperties properties) {
        return new Milestones(records, properties);
    }

    @Bean
    Attendance attendance(CatalogRepository catalog, SignUps signUps, ActivityRecords records, Milestones milestones,
            RecognitionProperties properties, ObjectProvider<Clock> clock, Wording wording) {
        return new Attendance(catalog, signUps, records, milestones, properties, CityTime.ZONE,
                clock.getIfAvailable(Clock::systemUTC), wording);
    }

    @Bean
    ThanksReminders thanksReminders(ActivityRecords records, Attendance attendance, Wording wording,
            CitizenLanguage languages) {
        return new ThanksReminders(records, attendance, wording, languages::forNotice);
    }

    @Bean
    RecognitionReports recognitionReports(ActivityRecords records, Feedback feedback, CatalogRepository catalog) {
        return new RecognitionReports(records, feedback, catalog, CityTime.ZONE);
    }

    @Bean
    ActivityActions activityActions(ActivityRecords records, Feedback feedback, Wording wording) {
        return new ActivityActions(records, feedback, wording);
    }
}
