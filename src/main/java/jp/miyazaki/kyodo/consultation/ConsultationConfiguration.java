package jp.miyazaki.kyodo.consultation;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.shared.RedisStore;

/** Wires consultation requests and their dialog action. */
@Configuration(proxyBeanMethods = false)
public class ConsultationConfiguration {

    @Bean
    Consultations consultations(RedisStore store, ObjectProvider<Clock> clock) {
        return new Consultations(store, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    ConsultationActions consultationActions(Consultations consultations, Wording wording) {
        return new ConsultationActions(consultations, wording);
    }
}
