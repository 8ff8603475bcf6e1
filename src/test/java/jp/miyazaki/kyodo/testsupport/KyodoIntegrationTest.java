package jp.miyazaki.kyodo.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.miyazaki.kyodo.catalog.SampleCatalogLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole app on a random port, with a real Redis (embedded redis-server) and WireMock as LINE's API, whose
 * requests are all checked against LINE's OpenAPI document. Before each test Redis is emptied and the sample
 * catalog loaded again, as on a first start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class KyodoIntegrationTest {

    public static final String CHANNEL_SECRET = "8c570fa6dd201bb328f1c1eac23a96d8";
    public static final String CHANNEL_TOKEN = "test-channel-token-not-a-real-one";
    public static final String METRICS_TOKEN = "test-scrape-token-not-a-real-one";

    protected static final LineApiMock LINE = SharedLineApi.INSTANCE;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected StringRedisTemplate redis;

    @Autowired
    private SampleCatalogLoader sampleCatalog;

    @DynamicPropertySource
    static void wire(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.url", RedisTestServer.shared()::url);
        registry.add("kyodo.line.channel-secret", () -> CHANNEL_SECRET);
        registry.add("kyodo.line.channel-token", () -> CHANNEL_TOKEN);
        registry.add("kyodo.line.api-endpoint", LINE::baseUrl);
        registry.add("kyodo.metrics.token", () -> METRICS_TOKEN);
        registry.add("kyodo.line.read-timeout", () -> "2s");
        registry.add("kyodo.line.retry.initial-backoff", () -> "10ms");
        registry.add("kyodo.line.retry.max-backoff", () -> "40ms");
    }

    @BeforeEach
    void startClean() {
        redis.execute((org.springframework.data.redis.core.RedisCallback<Object>) connection -> {
            connection.serverCommands().flushAll();
            return null;
        });
        sampleCatalog.loadIfEmpty();
        LINE.reset();
    }

    @AfterEach
    void everyRequestToLineMatchesItsSpecification() {
        assertThat(LINE.violations()).as("requests to LINE that break its OpenAPI document").isEmpty();
    }

    /** Keys that only a citizen's event or conversation creates (the sample catalog is always there). */
    protected java.util.Set<String> keysLeftByCitizens() {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (String pattern : new String[] {"kyodo:dedupe:*", "kyodo:inbox*", "kyodo:session:*", "kyodo:lock:*",
                "kyodo:user:*", "kyodo:signup:*", "kyodo:subscription:*", "kyodo:profile:*"}) {
            keys.addAll(redis.keys(pattern));
        }
        return keys;
    }

    protected HttpResponse<String> deliverSigned(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return deliver(bytes, LineWebhookRequests.sign(CHANNEL_SECRET, bytes));
    }

    protected HttpResponse<String> deliver(byte[] body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/callback"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("x-line-signature", signature);
        }
        return send(request.build());
    }

    protected HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build());
    }

    /** A GET with an {@code Authorization} header, such as Prometheus's scrape token. */
    protected HttpResponse<String> get(String path, String authorization) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", authorization).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One WireMock for the whole JVM, so every integration test class can share one cached Spring context. */
    private static final class SharedLineApi {
        static final LineApiMock INSTANCE = LineApiMock.start();
    }
}
