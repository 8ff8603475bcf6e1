package jp.miyazaki.kyodo.consultation;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.shared.RedisKeys;
import tools.jackson.databind.json.JsonMapper;

/** Wires consultation requests and their dialog action. */
@Configuration(proxyBeanMethods = false)
public class ConsultationConfiguration {

    @Bean
    Consultations consultations(StringRedisTemplate redis, ObjectProvider<JsonMapper> json, RedisKeys keys,
            ObjectProvider<Clock> clock) {
        return new Consultations(redis, json.getIfAvailable(JsonMapper::new), keys,
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    ConsultationActions consultationActions(Consultations consultations, Wording wording) {
        return new ConsultationActions(consultations, wording);
    }
}
