package jp.miyazaki.kyodo.dialog.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.miyazaki.kyodo.conversation.Conversation;
import jp.miyazaki.kyodo.dialog.DialogAction;
import jp.miyazaki.kyodo.dialog.DialogState;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.catalog.SampleCatalogLoader;
import jp.miyazaki.kyodo.dialog.UserInput;
import jp.miyazaki.kyodo.dialog.flow.ShippedFlows;
import jp.miyazaki.kyodo.session.SessionStore;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * The flow engine inside the whole app: session in a real Redis between turns, the app's understanding, the
 * shipped flows; only the domain actions are in-memory doubles until their branch is merged.
 */
@Import(FlowConversationIntegrationTests.Actions.class)
class FlowConversationIntegrationTests extends KyodoIntegrationTest {

    private static final ZonedDateTime NOW = ZonedDateTime.now(ConversationRunner.TOKYO);

    @Autowired
    private Conversation conversation;

    @Autowired
    private SessionStore sessions;

    @Autowired
    private SampleCatalogLoader sampleCatalog;

    @DynamicPropertySource
    static void flows(DynamicPropertyRegistry registry) {
        try {
            Path dir = Files.createTempDirectory("kyodo-dialogs");
            ShippedFlows.load(dir);
            registry.add("kyodo.dialogs-dir", dir::toString);
            } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestConfiguration
    static class Actions {
        @Bean
        List<DialogAction> inMemoryActions() {
            return new InMemoryActions(NOW.toLocalDate()).all();
        }
    }

    @Test
    void aSignUpKeepsItsPlaceInTheSessionBetweenTurnsAndForgetsItAtTheEnd() {
        String user = "Uflow000000000000000000000000001";
        // Redis is emptied before each test; the real sign-up actions need the sample catalog back.
        sampleCatalog.loadIfEmpty();

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

        assertThat(ConversationRunner.describe(done)).contains("お申し込みを受け付けました", "人数：2名");
        assertThat(sessions.load(user, DialogState.class)).isEmpty();
    }

    @Test
    void aFollowStartsTheWelcomeFlow() {
        Reply welcome = conversation.respond("Uflow000000000000000000000000002", new UserInput.Follow(), NOW);

        assertThat(ConversationRunner.describe(welcome)).contains("協働ボット", "利用規約");
    }
}
