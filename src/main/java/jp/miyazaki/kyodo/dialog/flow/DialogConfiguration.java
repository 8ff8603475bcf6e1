package jp.miyazaki.kyodo.dialog.flow;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.miyazaki.kyodo.dialog.Dialog;
import jp.miyazaki.kyodo.dialog.DialogAction;
import jp.miyazaki.kyodo.nlu.IntentLabels;
import jp.miyazaki.kyodo.nlu.UnansweredReview;

/**
 * The flow engine as Spring beans. The registry loads {@code ${kyodo.dialogs-dir}/flows} and the message catalog
 * {@code ${kyodo.dialogs-dir}/messages} while the context starts, so invalid files stop the application with every
 * problem listed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DialogSettings.class, ClarificationSettings.class})
public class DialogConfiguration {

    /** Runs before any bean reads a dialog file, so a broken one is reported as file:line:column. */
    @Bean
    static DialogFilesCheck dialogFilesCheck() {
        return new DialogFilesCheck();
    }

    /** Makes each {@code @FlowAction} method of a bean a {@link DialogAction} bean. */
    @Bean
    static FlowActionBeans flowActionBeans() {
        return new FlowActionBeans();
    }

    @Bean
    MessageCatalog messageCatalog(@Value("${kyodo.dialogs-dir:dialogs}") Path dialogsDir,
            ObjectProvider<MessagesCheck> checks) {
        return MessageCatalog.load(dialogsDir, checks.orderedStream().toList());
    }

    @Bean
    FlowRegistry flowRegistry(@Value("${kyodo.dialogs-dir:dialogs}") Path dialogsDir, List<DialogAction> actions,
            MessageCatalog messages) {
        return new FlowRegistry(dialogsDir, actions.stream()
                .collect(Collectors.toMap(DialogAction::name, DialogAction::outcomes)), new FlowLoader(), messages);
    }

    @Bean
    PostbackTargetsCheck postbackTargetsCheck(FlowRegistry registry) {
        return new PostbackTargetsCheck(registry);
    }

    /**
     * The flows, behind the question 「〜ということですか？」 for a request the understanding is unsure of; the intents'
     * labels it offers are read (and checked) from {@code intents.yml} at start-up.
     */
    @Bean
    Dialog dialog(@Value("${kyodo.dialogs-dir:dialogs}") Path dialogsDir, FlowRegistry registry,
            List<DialogAction> actions, DialogSettings settings, ClarificationSettings clarification,
            ObjectProvider<UnansweredReview> review) {
        return new ClarifyingDialog(new FlowDialog(registry::current, actions, settings), registry::current,
                IntentLabels.load(dialogsDir.resolve("intents.yml")), clarification,
                Optional.ofNullable(review.getIfAvailable()));
    }

    @Bean
    FlowFileWatcher flowFileWatcher(FlowRegistry registry, DialogSettings settings,
            ApplicationEventPublisher events) {
        return new FlowFileWatcher(registry, settings.watch(), events);
    }
}
