package jp.miyazaki.kyodo.nlu;

import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Builds the language understanding from the dialogs folder at start-up; training takes well under a second. The
 * review of unanswered messages is built where its log is ({@code unanswered}): a {@code @ConditionalOnBean} here
 * was evaluated before that package's configuration had registered the log, so the shipped app never kept one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NluProperties.class)
public class NluConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NluConfiguration.class);

    /** The words of {@code lexicon.yml} the search and the masking of kept messages read too. */
    @Bean
    Lexicon lexicon(@Value("${kyodo.dialogs-dir:dialogs}") Path dialogsDir) {
        return Lexicon.in(dialogsDir);
    }

    @Bean
    NaturalLanguageUnderstanding naturalLanguageUnderstanding(@Value("${kyodo.dialogs-dir:dialogs}") Path dialogsDir,
            NluProperties properties, ObjectProvider<KnownNames> knownNames,
            ObjectProvider<MattersElsewhere> elsewhere) {
        long started = System.nanoTime();
        NaturalLanguageUnderstanding understanding = NaturalLanguageUnderstanding
                .fromDialogs(dialogsDir, properties.threshold())
                .knowing(KnownNames.combined(knownNames.orderedStream().toList()))
                .leaving(elsewhere.getIfAvailable(() -> MattersElsewhere.NONE));
        log.info("Trained intent classifier from {} in {} ms (temperature {}, threshold {})", dialogsDir,
                (System.nanoTime() - started) / 1_000_000, String.format("%.2f", understanding.temperature()),
                properties.threshold());
        return understanding;
    }

    /**
     * What the conversation reads messages with: Japanese, or English for a message in Latin script when
     * {@code dialogs/en/} holds the English files.
     */
    @Bean
    @Primary
    BilingualUnderstanding bilingualUnderstanding(@Value("${kyodo.dialogs-dir:dialogs}") Path dialogsDir,
            NluProperties properties, NaturalLanguageUnderstanding japanese) {
        if (!EnglishUnderstanding.presentIn(dialogsDir)) {
            log.info("No English intents in {}/en: every message is read as Japanese", dialogsDir);
            return new BilingualUnderstanding(japanese, Optional.empty());
        }
        long started = System.nanoTime();
        EnglishUnderstanding english = EnglishUnderstanding.fromDialogs(dialogsDir, properties.threshold());
        log.info("Trained English intent classifier from {}/en in {} ms (temperature {})", dialogsDir,
                (System.nanoTime() - started) / 1_000_000, String.format("%.2f", english.temperature()));
        return new BilingualUnderstanding(japanese, Optional.of(english));
    }
}
