package jp.miyazaki.kyodo.webhook;

import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.batch;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.newId;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import jp.miyazaki.kyodo.KyodoBotApplication;
import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.LineWebhookRequests;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;

/**
 * Redis goes away: the webhook answers 503 so LINE delivers again, health goes DOWN, and once Redis is back the
 * redelivered event is answered exactly once.
 */
class RedisOutageIntegrationTests {

    private static final String SECRET = "8c570fa6dd201bb328f1c1eac23a96d8";

    private static LineApiMock line;
    private static RedisTestServer redis;
    private static ConfigurableApplicationContext app;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        line = LineApiMock.start();
        redis = RedisTestServer.start();
        app = new SpringApplicationBuilder(KyodoBotApplication.class).run("--server.port=0",
                "--spring.data.redis.url=" + redis.url(), "--spring.data.redis.timeout=500ms",
                "--kyodo.line.channel-secret=" + SECRET, "--kyodo.line.channel-token=outage-token",
                "--kyodo.line.api-endpoint=" + line.baseUrl());
    }

    @AfterAll
    static void stop() {
        app.close();
        redis.stop();
        line.close();
    }

    @Test
    void asksLineToRedeliverWhileRedisIsDownAndAnswersOnceWhenItIsBack() throws Exception {
        String event = batch(text("Uoutage0000000000000000000000001", "こんにちは", System.currentTimeMillis(),
                newId(), newId(), "active", false));
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);

        redis.stop();

        HttpResponse<String> refused = deliver(event);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).doesNotContain("Exception");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HttpResponse<String> health = get("/actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");
        });
        assertThat(line.requests(LineApiMock.REPLY)).isEmpty();

        redis.restart();

        await().atMost(Duration.ofSeconds(20)).until(() -> deliver(event).statusCode() == 200);
        deliver(event);
        await().atMost(Duration.ofSeconds(10)).until(() -> line.requests(LineApiMock.REPLY).size() == 1);
        Thread.sleep(500);
        assertThat(line.requests(LineApiMock.REPLY)).hasSize(1);
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(line.violations()).isEmpty();
    }

    private HttpResponse<String> deliver(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(url("/callback"))
                .header("x-line-signature", LineWebhookRequests.sign(SECRET, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + path);
    }
}
