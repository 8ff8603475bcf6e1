package jp.miyazaki.kyodo.signup;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.catalog.CatalogActions;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.shared.RedisKeys;

/** Wires sign-ups and their dialog actions. */
@Configuration(proxyBeanMethods = false)
public class SignUpConfiguration {

    @Bean
    SignUps signUps(StringRedisTemplate redis, RedisKeys keys, CatalogRepository catalog,
            ApplicationEventPublisher events, ObjectProvider<Clock> clock, Wording wording) {
        return new SignUps(redis, keys, catalog, events, clock.getIfAvailable(Clock::systemUTC), wording);
    }

    @Bean
    SignedUpEvents signedUpEvents(CatalogRepository catalog, SignUps signUps) {
        return new SignedUpEvents(catalog, signUps);
    }

    @Bean
    RememberedDetails rememberedDetails(StringRedisTemplate redis, RedisKeys keys, ObjectProvider<Clock> clock,
            Wording wording) {
        return new RememberedDetails(redis, keys, clock.getIfAvailable(Clock::systemUTC), wording);
    }

    @Bean
    SignUpActions signUpActions(SignUps signUps, CatalogRepository catalog, CatalogActions catalogActions,
            Wording wording, RememberedDetails remembered) {
        return new SignUpActions(signUps, catalog, catalogActions, wording, remembered);
    }

    @Bean
    RememberActions rememberActions(RememberedDetails remembered, SignUps signUps) {
        return new RememberActions(remembered, signUps);
    }
}
