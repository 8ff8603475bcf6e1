package jp.miyazaki.kyodo.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The recognition settings are checked at start-up: milestones are positive, a thanks time is given. */
class RecognitionPropertiesTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RecognitionProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @Test
    void readsMilestonesAndTheThanksTime() {
        runner.withPropertyValues("kyodo.recognition.milestones.activities=5,20",
                "kyodo.recognition.milestones.hours=50", "kyodo.recognition.thanks-time=10:30").run(context -> {
                    RecognitionProperties properties = context.getBean(RecognitionProperties.class);
                    assertThat(properties.milestones().activities()).containsExactly(5, 20);
                    assertThat(properties.milestones().hours()).containsExactly(50);
                    assertThat(properties.thanksTime()).hasToString("10:30");
                });
    }

    @Test
    void refusesAMilestoneOfZeroAndAMissingThanksTime() {
        runner.withPropertyValues("kyodo.recognition.milestones.activities=0",
                "kyodo.recognition.milestones.hours=50", "kyodo.recognition.thanks-time=10:00")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("kyodo.recognition.milestones.activities=5",
                "kyodo.recognition.milestones.hours=50")
                .run(context -> assertThat(context).hasFailed());
    }
}
