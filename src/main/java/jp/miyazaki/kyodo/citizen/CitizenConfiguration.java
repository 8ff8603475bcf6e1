package jp.miyazaki.kyodo.citizen;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.miyazaki.kyodo.dialog.DialogAction;
import jp.miyazaki.kyodo.dialog.NamedAction;

/** The dialog action of the language flow ({@code dialogs/flows/language.yml}). */
@Configuration(proxyBeanMethods = false)
class CitizenConfiguration {

    /** language.choose: slot language (ja, en, ja-easy) → that language, kept for every later answer. */
    @Bean
    DialogAction languageChooseAction(CitizenLanguage languages) {
        return new NamedAction("language.choose", context -> {
            String language = context.slots().get("language");
            if (language == null || !CitizenLanguage.ANSWERED.contains(language)) {
                return DialogAction.Result.of("invalid");
            }
            languages.choose(context.userId(), language);
            return DialogAction.Result.of(language);
        });
    }
}
