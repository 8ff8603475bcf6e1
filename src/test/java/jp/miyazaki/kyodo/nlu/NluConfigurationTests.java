package jp.miyazaki.kyodo.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

class NluConfigurationTests {

    private static final ZonedDateTime TUESDAY = ZonedDateTime.parse("2026-12-01T10:00:00+09:00[Asia/Tokyo]");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(NluConfiguration.class)
            .withPropertyValues("kyodo.dialogs-dir=dialogs");

    @Test
    void withoutALogNothingIsKept() {
        runner.run(context -> {
            assertThat(context.getBean(LanguageUnderstanding.class)).isInstanceOf(BilingualUnderstanding.class);
            assertThat(context.getBeansOfType(UnansweredReview.class)).isEmpty();
        });
    }

    @Test
    void messagesAreReadInEnglishWhenTheDialogsHoldTheEnglishFilesAndInJapaneseOtherwise(@TempDir Path japaneseOnly)
            throws IOException {
        for (String file : List.of("intents.yml", "entities.yml", "lexicon.yml", "dates.yml", "user-dictionary.csv")) {
            Files.copy(Path.of("dialogs", file), japaneseOnly.resolve(file));
        }
        runner.run(context -> assertThat(context.getBean(BilingualUnderstanding.class).english()).isPresent());
        runner.withPropertyValues("kyodo.dialogs-dir=" + japaneseOnly).run(context -> {
            BilingualUnderstanding understanding = context.getBean(BilingualUnderstanding.class);
            assertThat(understanding.english()).isEmpty();
            assertThat(understanding.parse("I want to volunteer in Aoshima", TUESDAY))
                    .isEqualTo(understanding.japanese().parse("I want to volunteer in Aoshima", TUESDAY));
        });
    }

    @Test
    void bindsTheThreshold() {
        runner.withPropertyValues("kyodo.nlu.threshold=0.55").run(context ->
                assertThat(context.getBean(NaturalLanguageUnderstanding.class).threshold()).isEqualTo(0.55));
    }

    @Test
    void refusesAThresholdOutsideZeroToOne() {
        runner.withPropertyValues("kyodo.nlu.threshold=1.5").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("kyodo.nlu");
        });
    }
}
