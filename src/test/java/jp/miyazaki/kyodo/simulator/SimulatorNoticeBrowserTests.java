package jp.miyazaki.kyodo.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.line.Delivery;
import jp.miyazaki.kyodo.line.LineGateway;
import jp.miyazaki.kyodo.testsupport.Chromium;

/**
 * In local mode, what the bot pushes unasked (a notice, a reminder, a staff answer) appears in the simulator page
 * of that citizen by itself, in headless Chromium. (Same configuration as {@code LocalModeIntegrationTests}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kyodo.redis.embedded-dir=target/embedded-redis-local-mode")
class SimulatorNoticeBrowserTests {

    @RegisterExtension
    static final Chromium chromium = Chromium.phone();

    @LocalServerPort
    private int port;

    @Autowired
    private LineGateway gateway;

    @Test
    void aPushedNoticeAppearsInTheCitizensChat() throws IOException {
        SimulatorPage page = new SimulatorPage(chromium.driver());
        page.openAsNewUser("http://127.0.0.1:" + port + "/simulator");

        Delivery delivery = gateway.push(page.userId(), Reply.of(new Reply.Text("【防災】台風10号に備えて、避難所を確認しましょう。")),
                UUID.randomUUID());

        assertThat(delivery).isEqualTo(Delivery.SENT);
        await().atMost(Duration.ofSeconds(10)).until(() -> page.chatText().contains("台風10号に備えて"));
        assertThat(page.screenshot("simulator-notice.png")).isPositive();
    }
}
