package jp.miyazaki.kyodo.dialog.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.miyazaki.kyodo.dialog.flow.PostbackData.SlotTarget;

class PostbackTargetsCheckTests {

    @TempDir
    Path tempDir;

    @Test
    void everyFlowAJavaButtonStartsIsDefinedByTheShippedFlows() throws ClassNotFoundException {
        for (String actions : List.of("catalog.CatalogActions", "group.GroupActions", "group.GroupAttendanceActions",
                "signup.SignUpActions", "activity.ThanksReminders")) {
            Class.forName("jp.miyazaki.kyodo." + actions, true, getClass().getClassLoader());
        }

        assertThat(PostbackData.declared()).extracting(SlotTarget::flow).contains("grant-detail", "facility-detail",
                "opportunity-detail", "group-detail", "group-join", "group-menu", "group-attendance", "cancel-signup",
                "feedback");
        assertThat(PostbackTargetsCheck.problems(ShippedFlows.load(tempDir), PostbackData.declared())).isEmpty();
    }

    @Test
    void aJavaButtonNamingAMissingFlowOrSlotIsReportedAtItsLine() {
        List<SlotTarget> targets = List.of(
                new SlotTarget("grant-details", "grant", new Problem("jp/miyazaki/kyodo/catalog/X.java", 12, "")),
                new SlotTarget("grant-detail", "grants", new Problem("jp/miyazaki/kyodo/catalog/X.java", 9, "")));

        assertThat(PostbackTargetsCheck.problems(ShippedFlows.load(tempDir), targets)).map(Problem::toString)
                .containsExactly("jp/miyazaki/kyodo/catalog/X.java:9: a postback names slot 'grants' of flow"
                        + " 'grant-detail', which flows/grant-detail.yml does not define",
                        "jp/miyazaki/kyodo/catalog/X.java:12: a postback names flow 'grant-details', which no flow"
                                + " file defines");
    }

    @Test
    void aDeclaredTargetKnowsItsSourceLine() {
        SlotTarget target = PostbackData.slotTarget("grant-detail", "grant");

        assertThat(target.declaredAt().toString())
                .isEqualTo("jp/miyazaki/kyodo/dialog/flow/PostbackTargetsCheckTests.java:46: ");
        assertThat(target.data("G-1")).isEqualTo("flow=grant-detail&slot=grant&value=G-1");
    }
}
