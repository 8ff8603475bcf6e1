package jp.miyazaki.kyodo.unanswered;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.util.StringUtils;

import jp.miyazaki.kyodo.nlu.Lexicon;
import jp.miyazaki.kyodo.nlu.MorphologicalAnalyzer;
import jp.miyazaki.kyodo.nlu.NluProperties;
import jp.miyazaki.kyodo.nlu.PersonalDataMask;
import jp.miyazaki.kyodo.nlu.UnansweredLog;
import jp.miyazaki.kyodo.nlu.UnansweredReview;

/**
 * Keeps the unanswered-message log on Redis and the review that records into it. Both live here, together, because
 * a condition on the log's presence in another configuration depends on the order configurations are read in.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UnansweredProperties.class)
public class UnansweredConfiguration {

    @Bean
    UnansweredLog unansweredLog(StringRedisTemplate redis, UnansweredProperties properties,
            @Value("${kyodo.redis.key-prefix:kyodo:}") String keyPrefix) {
        String key = StringUtils.hasText(properties.key()) ? properties.key() : keyPrefix + "nlu:unanswered";
        return new RedisUnansweredLog(redis, key, properties.capacity());
    }

    /** Reads the log for staff, in the API and the console. */
    @Bean
    UnansweredQuestions unansweredQuestions(UnansweredLog unanswered, NluProperties properties) {
        return new UnansweredQuestions(unanswered, properties.threshold());
    }

    /** Keeps unanswered and low-confidence requests, masked, for staff review. */
    @Bean
    UnansweredReview unansweredReview(UnansweredLog unanswered, ObjectProvider<Clock> clock,
            NluProperties properties, ObjectProvider<Lexicon> lexicon) {
        return new UnansweredReview(unanswered,
                new PersonalDataMask(new MorphologicalAnalyzer(), lexicon.getIfAvailable(Lexicon::shipped)),
                properties.reviewBelow(), clock.getIfAvailable(Clock::systemUTC));
    }
}
