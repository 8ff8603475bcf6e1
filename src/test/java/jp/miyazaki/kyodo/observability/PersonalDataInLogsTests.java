package jp.miyazaki.kyodo.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.miyazaki.kyodo.testsupport.SuiteLog;

/**
 * Runs after every other test class and looks at what the whole run wrote to its output: no LINE user id, phone
 * number, e-mail address or channel token may appear, although the tests feed all of them to the bot.
 */
@Order(Integer.MAX_VALUE)
class PersonalDataInLogsTests {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataInLogsTests.class);

    @Test
    void theWholeRunLoggedNoPersonalDataOrToken() {
        assumeTrue(SuiteLog.listening(), "the suite log listener is registered for the run");

        log.info("Scanned {} lines of the run's output for personal data", SuiteLog.linesRead());
        assertThat(SuiteLog.linesRead()).as("lines of output read").isPositive();
        assertThat(SuiteLog.findings()).as("output lines with personal data or the channel token").isEmpty();
    }
}
