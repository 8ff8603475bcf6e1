package jp.miyazaki.kyodo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A fresh machine without LINE credentials and without KYODO_SIMULATOR_ENABLED: the simulator is the way to talk
 * to the bot, so it is on. (Same configuration as {@code LocalModeIntegrationTests}, so the context is shared.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kyodo.redis.embedded-dir=target/embedded-redis-local-mode")
class SimulatorLocalModeIntegrationTests {

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

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

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
