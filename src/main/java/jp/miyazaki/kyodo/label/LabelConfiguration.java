package jp.miyazaki.kyodo.label;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.miyazaki.kyodo.dialog.flow.MessageCatalog;

/** Labels are read from the app's messages, and checked with them at start-up and on every reload. */
@Configuration(proxyBeanMethods = false)
public class LabelConfiguration {

    LabelConfiguration(MessageCatalog messages) {
        Labels.use(messages);
    }

    @Bean
    static LabelsCheck labelsCheck() {
        return LabelsCheck.ofTheApplication();
    }
}
