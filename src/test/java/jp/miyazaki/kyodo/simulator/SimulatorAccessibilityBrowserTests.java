package jp.miyazaki.kyodo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.testsupport.Axe;

/**
 * The simulator page, empty and after a conversation (bubbles, a confirm template, quick replies), checked with
 * axe-core against WCAG 2.2 AA in headless Chromium at a phone's width.
 */
class SimulatorAccessibilityBrowserTests extends SimulatorBrowserTest {

    @Test
    void theChatMeetsWcag22AAEmptyAndMidConversation() throws Exception {
        SimulatorPage page = newPage();
        page.openAsNewUser(url("/simulator"));
        List<Axe.Violation> empty = chromium.accessibilityViolations();

        page.follow();
        page.say("青島でボランティアを探しています");
        chromium.screenshot("a11y-simulator");
        List<Axe.Violation> talking = chromium.accessibilityViolations();

        Files.writeString(Path.of("target", "accessibility-simulator.txt"), "empty\t" + empty.size() + "\t" + empty
                + "\nconversation\t" + talking.size() + "\t" + talking + "\n");
        assertThat(empty).as("empty chat").isEmpty();
        assertThat(talking).as("after a search").isEmpty();
    }
}
