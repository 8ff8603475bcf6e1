package jp.miyazaki.kyodo.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

class NluConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(NluConfiguration.class)
            .withPropertyValues("kyodo.dialogs-dir=dialogs");

    @Test
    void withoutALogNothingIsKept() {
        runner.run(context -> {
            assertThat(context.getBean(LanguageUnderstanding.class)).isInstanceOf(NaturalLanguageUnderstanding.class);
            assertThat(context.getBeansOfType(UnansweredReview.class)).isEmpty();
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
