package jp.miyazaki.kyodo.console;

import java.time.Clock;

import org.springframework.context.annotation.Bean;

import jp.miyazaki.kyodo.broadcast.BroadcastTestConfiguration;

/** Noon in Miyazaki, so quiet hours never hold a console test's notice back. Imported by the console's tests. */
class NoonInMiyazaki {

    @Bean
    Clock noonInMiyazaki() {
        return BroadcastTestConfiguration.CLOCK;
    }
}
