package jp.miyazaki.kyodo.label;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.miyazaki.kyodo.dialog.flow.MessageCatalog;

/**
 * Labels are read from the app's messages while it runs, and checked with them at start-up and on every reload;
 * once it stops, from the shipped dialogs again.
 */
@Configuration(proxyBeanMethods = false)
public class LabelConfiguration implements DisposableBean {

    private final MessageCatalog messages;

    LabelConfiguration(MessageCatalog messages) {
        this.messages = messages;
        Labels.use(messages);
    }

    @Override
    public void destroy() {
        Labels.stopUsing(messages);
    }

    @Bean
    static LabelsCheck labelsCheck() {
        return LabelsCheck.ofTheApplication();
    }
}
