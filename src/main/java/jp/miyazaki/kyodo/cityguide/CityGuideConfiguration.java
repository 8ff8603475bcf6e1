package jp.miyazaki.kyodo.cityguide;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.miyazaki.kyodo.nlu.MattersElsewhere;

/** Reads the city guide at start-up (a wrong file stops the start) and offers it to flows as {@code city.guide}. */
@Configuration(proxyBeanMethods = false)
public class CityGuideConfiguration {

    @Bean
    CityGuide cityGuide(@Value("${kyodo.dialogs-dir:dialogs}") Path dialogsDir) {
        return CityGuide.load(dialogsDir);
    }

    /** The understanding leaves these matters to the city's desks rather than guess a search from them. */
    @Bean
    MattersElsewhere cityMatters(CityGuide guide) {
        return message -> guide.find(message).isPresent();
    }

    @Bean
    CityGuideAction cityGuideAction(CityGuide guide) {
        return new CityGuideAction(guide);
    }
}
