package jp.miyazaki.kyodo.dialog.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippedFlowsTests {

    @TempDir
    Path tempDir;

    @Test
    void theShippedFlowsAreValidAndCoverEveryIntent() {
        FlowSet flows = ShippedFlows.load(tempDir);

        assertThat(flows.all()).hasSizeGreaterThanOrEqualTo(15);
        for (String intent : new String[] {"activity.search", "volunteer.signup", "signup.list", "signup.cancel",
            "grant.search", "grant.deadline", "facility.search", "consult.request", "subscription.manage", "help",
            "greeting", "cancel", "privacy.delete", "fallback", "activity.record"}) {
            assertThat(flows.forIntent(intent)).as(intent).isPresent();
        }
        assertThat(flows.forEvent("follow")).map(Flow::name).hasValue("welcome");
        assertThat(flows.named("feedback")).as("the survey the thanks start").isPresent();
    }
}
