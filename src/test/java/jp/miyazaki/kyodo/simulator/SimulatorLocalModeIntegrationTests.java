package jp.miyazaki.kyodo.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.miyazaki.kyodo.broadcast.Broadcast;
import jp.miyazaki.kyodo.broadcast.BroadcastJobs;
import jp.miyazaki.kyodo.broadcast.BroadcastScheduling;
import jp.miyazaki.kyodo.broadcast.BroadcastStatus;
import jp.miyazaki.kyodo.broadcast.Segment;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.subscription.Subscriptions;

/**
 * A fresh machine without LINE credentials and without KYODO_SIMULATOR_ENABLED: the simulator is the way to talk
 * to the bot, so it is on, and what the bot pushes (notices) shows up there. (Same configuration as
 * {@code LocalModeIntegrationTests}, so the context is shared.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kyodo.redis.embedded-dir=target/embedded-redis-local-mode")
class SimulatorLocalModeIntegrationTests {

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private Subscriptions subscriptions;

    @Autowired
    private BroadcastScheduling scheduling;

    @Autowired
    private BroadcastJobs jobs;

    @Test
    void isOnInLocalModeWithoutBeingEnabled() throws Exception {
        String userId = "Ulocal" + Long.toHexString(System.nanoTime());
        HttpResponse<String> followed = http.send(HttpRequest.newBuilder(url("/api/simulator/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + userId + "\",\"event\":\"follow\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(url("/simulator")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(followed.statusCode()).isEqualTo(200);
        JsonNode messages = new ObjectMapper().readTree(followed.body()).get("messages");
        assertThat(messages).isNotEmpty();
        assertThat(messages.get(0).get("type").asText()).isEqualTo("text");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("協働ボット");
    }

    @Test
    void aSimulatorCitizenWhoFollowsACategoryReceivesTheNotice() throws Exception {
        String follower = "Unotice" + Long.toHexString(System.nanoTime());
        String other = "Uother" + Long.toHexString(System.nanoTime());
        subscriptions.follow(follower, List.of(Category.DISASTER), List.of());
        subscriptions.follow(other, List.of(Category.WELFARE), List.of());

        Broadcast job = scheduling.schedule("台風に備えて、避難所の場所を確認しましょう。", null,
                new Segment(Set.of("disaster"), Set.of()), null, true, "test").orElseThrow();

        await().atMost(Duration.ofSeconds(10)).until(() -> jobs.status(job.id()) == BroadcastStatus.DONE);
        assertThat(inbox(follower)).contains("台風に備えて");
        assertThat(inbox(follower)).as("taken once").doesNotContain("台風に備えて");
        assertThat(inbox(other)).doesNotContain("台風に備えて");
    }

    private String inbox(String userId) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/api/simulator/inbox?userId=" + userId))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
