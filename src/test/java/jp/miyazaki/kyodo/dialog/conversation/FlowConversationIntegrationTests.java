package jp.miyazaki.kyodo.dialog.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.conversation.Conversation;
import jp.miyazaki.kyodo.dialog.DialogState;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.UserInput;
import jp.miyazaki.kyodo.dialog.flow.ShippedFlows;
import jp.miyazaki.kyodo.session.SessionStore;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * The flow engine inside the whole app: session in a real Redis between turns, the app's understanding and
 * domain actions, and a copy of the shipped flows that staff edit and reload without a restart.
 */
class FlowConversationIntegrationTests extends KyodoIntegrationTest {

    private static final ZonedDateTime NOW = ZonedDateTime.now(CityTime.ZONE);

    @Autowired
    private Conversation conversation;

    @Autowired
    private SessionStore sessions;

    @Autowired
    private StaffAccounts staffAccounts;

    private static Path dialogsDir;

    @DynamicPropertySource
    static void flows(DynamicPropertyRegistry registry) {
        try {
            dialogsDir = Files.createTempDirectory("kyodo-dialogs");
            ShippedFlows.load(dialogsDir);
            registry.add("kyodo.dialogs-dir", dialogsDir::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aSignUpKeepsItsPlaceInTheSessionBetweenTurnsAndForgetsItAtTheEnd() {
        String user = "Uflow000000000000000000000000001";

        Reply asked = conversation.respond(user, new UserInput.Postback(
                "intent=volunteer.signup&opportunity=opp-032", Map.of()), NOW);
        assertThat(ConversationRunner.describe(asked)).contains("お名前");
        assertThat(sessions.load(user, DialogState.class)).map(DialogState::step).hasValue("ask_name");

        conversation.respond(user, new UserInput.Text("宮崎 花子"), NOW.plusSeconds(5));
        Reply badContact = conversation.respond(user, new UserInput.Text("あとで"), NOW.plusSeconds(10));
        assertThat(ConversationRunner.describe(badContact)).contains("例 090-1234-5678");
        conversation.respond(user, new UserInput.Text("090-1234-5678"), NOW.plusSeconds(15));
        conversation.respond(user, new UserInput.Text("2"), NOW.plusSeconds(20));
        conversation.respond(user, new UserInput.Postback("flow=signup&slot=consent&value=yes", Map.of()),
                NOW.plusSeconds(25));
        Reply done = conversation.respond(user, new UserInput.Postback("flow=signup&slot=confirm&value=yes",
                Map.of()), NOW.plusSeconds(30));

        assertThat(ConversationRunner.describe(done)).contains("お申し込みを受け付けました", "人数：2名",
                "覚えておきましょうか");
        assertThat(sessions.load(user, DialogState.class)).map(DialogState::flow).hasValue("signup-remember");
        conversation.respond(user, new UserInput.Postback("flow=signup-remember&slot=remember&value=no", Map.of()),
                NOW.plusSeconds(35));
        assertThat(sessions.load(user, DialogState.class)).isEmpty();
    }

    @Test
    void aTypedDistrictButtonLabelAnswersTheQuestionThoughItReadsLikeCancel() {
        String user = "Uflow000000000000000000000000003";
        conversation.respond(user, new UserInput.Text("相談したいです"), NOW);
        conversation.respond(user, new UserInput.Text("会計・経理"), NOW.plusSeconds(5));
        conversation.respond(user, new UserInput.Text("決算書の作り方を教えてほしいです"), NOW.plusSeconds(10));

        conversation.respond(user, new UserInput.Text("中央"), NOW.plusSeconds(15));

        DialogState state = sessions.load(user, DialogState.class).orElseThrow();
        assertThat(state.flow()).isEqualTo("consultation");
        assertThat(state.step()).isEqualTo("ask_preference");
        assertThat(state.slots()).containsEntry("district", "中央");
    }

    @Test
    void aFollowStartsTheWelcomeFlow() {
        Reply welcome = conversation.respond("Uflow000000000000000000000000002", new UserInput.Follow(), NOW);

        assertThat(ConversationRunner.describe(welcome)).contains("協働ボット", "利用規約");
    }

    @Test
    void staffReloadEditedFlowsAndBrokenOnesAreRefusedWhileTheOldOnesKeepWorking() throws IOException {
        String user = "Ureload00000000000000000000000001";
        staffAccounts.create("sakura", "reload password 1", StaffRole.STAFF, "test", Instant.now());
        AdminApi staff = AdminApi.basic(port, "sakura", "reload password 1");
        Path help = dialogsDir.resolve("flows/help.yml");
        String original = Files.readString(help);
        Path broken = dialogsDir.resolve("flows/broken.yml");
        try {
            Files.writeString(broken, "flow: broken\ntriggers: [no.such.intent]\nsteps:\n  start:\n    goto: nowhere\n");

            HttpResponse<String> refused = staff.post("/api/admin/dialogs/reload", "");

            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("flows/broken.yml:2").contains("no.such.intent");
            assertThat(AdminApi.anonymous(port).post("/api/admin/dialogs/reload", "").statusCode()).isEqualTo(401);
            assertThat(text(conversation.respond(user, new UserInput.Text("使い方を教えて"), NOW)))
                    .doesNotContain("（改訂版）");

            Files.delete(broken);
            Files.writeString(help, original.replace("できることの一覧です。", "（改訂版）できることの一覧です。"));
            HttpResponse<String> applied = staff.post("/api/admin/dialogs/reload", "");

            assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
            assertThat(text(conversation.respond(user, new UserInput.Text("使い方を教えて"), NOW)))
                    .contains("（改訂版）");
        } finally {
            Files.deleteIfExists(broken);
            Files.writeString(help, original);
            staff.post("/api/admin/dialogs/reload", "");
        }
    }

    private static String text(Reply reply) {
        return reply.parts().toString();
    }
}
