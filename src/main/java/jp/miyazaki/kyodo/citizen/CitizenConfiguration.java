package jp.miyazaki.kyodo.citizen;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dialog action of the language flow ({@code dialogs/flows/language.yml}). */
@Configuration(proxyBeanMethods = false)
class CitizenConfiguration {

    @Bean
    LanguageActions languageActions(CitizenLanguage languages) {
        return new LanguageActions(languages);
    }
}
