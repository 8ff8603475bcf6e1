package jp.miyazaki.kyodo.dialog.flow;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.miyazaki.kyodo.dialog.Dialog;
import jp.miyazaki.kyodo.dialog.DialogAction;

/**
 * The flow engine as Spring beans. The registry loads {@code ${kyodo.dialogs-dir}/flows} and the message catalog
 * {@code ${kyodo.dialogs-dir}/messages} while the context starts, so invalid files stop the application with every
 * problem listed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DialogSettings.class)
public class DialogConfiguration {

    /** Runs before any bean reads a dialog file, so a broken one is reported as file:line:column. */
    @Bean
    static DialogFilesCheck dialogFilesCheck() {
        return new DialogFilesCheck();
    }

    @Bean
    MessageCatalog messageCatalog(@Value("${kyodo.dialogs-dir:dialogs}") Path dialogsDir) {
        return MessageCatalog.load(dialogsDir);
    }

    @Bean
    FlowRegistry flowRegistry(@Value("${kyodo.dialogs-dir:dialogs}") Path dialogsDir, List<DialogAction> actions,
            MessageCatalog messages) {
        return new FlowRegistry(dialogsDir, actions.stream().map(DialogAction::name).collect(Collectors.toSet()),
                new FlowLoader(), messages);
    }

    @Bean
    PostbackTargetsCheck postbackTargetsCheck(FlowRegistry registry) {
        return new PostbackTargetsCheck(registry);
    }

    @Bean
    Dialog dialog(FlowRegistry registry, List<DialogAction> actions, DialogSettings settings) {
        return new FlowDialog(registry::current, actions, settings);
    }

    @Bean
    FlowFileWatcher flowFileWatcher(FlowRegistry registry, DialogSettings settings,
            ApplicationEventPublisher events) {
        return new FlowFileWatcher(registry, settings.watch(), events);
    }
}
