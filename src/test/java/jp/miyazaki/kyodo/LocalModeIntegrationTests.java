package jp.miyazaki.kyodo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import jp.miyazaki.kyodo.dialog.DialogState;
import jp.miyazaki.kyodo.session.EmbeddedRedis;
import jp.miyazaki.kyodo.session.SessionStore;

/**
 * A fresh machine: no REDIS_URL and no LINE channel. The app starts its own real redis-server, reports healthy,
 * keeps sessions, and refuses webhooks with a clear 503 rather than pretending to be connected to LINE.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kyodo.redis.embedded-dir=target/embedded-redis-local-mode")
class LocalModeIntegrationTests {

    @LocalServerPort
    private int port;

    @Autowired
    private EmbeddedRedis embeddedRedis;

    @Autowired
    private LettuceConnectionFactory redis;

    @Autowired
    private SessionStore sessions;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsAnEmbeddedRedisWhenNoRedisIsConfigured() {
        assertThat(redis.getPort()).isEqualTo(embeddedRedis.port());
        sessions.save("Ulocal", DialogState.fresh(Instant.now()));

        assertThat(sessions.load("Ulocal", DialogState.class)).isPresent();
    }

    @Test
    void reportsHealthyWhileRedisAnswers() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        HttpResponse<String> readiness = get("/actuator/health/readiness");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(readiness.statusCode()).isEqualTo(200);
    }

    @Test
    void refusesWebhooksWithAClearMessageInLocalMode() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/callback"))
                .header("x-line-signature", "irrelevant")
                .POST(HttpRequest.BodyPublishers.ofString("{\"destination\":\"U1\",\"events\":[]}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("LINE_CHANNEL_SECRET");
    }

    @Test
    void exposesPrometheusMetrics() throws Exception {
        HttpResponse<String> metrics = get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("application_ready_time_seconds");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
