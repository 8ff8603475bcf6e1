package jp.miyazaki.kyodo.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.KyodoBotApplication;

/**
 * The whole app started in this JVM outside Spring's cached test context, for tests that need their own Redis or
 * LINE mock (to stop, restart or fault them) and for benchmarks: a given Redis and LINE mock, the test channel's
 * secret and token.
 */
public final class RunningBot implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final ConfigurableApplicationContext app;
    private final String base;

    private RunningBot(ConfigurableApplicationContext app) {
        this.app = app;
        this.base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }

    /** Starts the bot on a free port; {@code extra} are further {@code --name=value} arguments. */
    public static RunningBot start(RedisTestServer redis, LineApiMock line, String... extra) {
        List<String> args = new ArrayList<>(List.of("--spring.data.redis.url=" + redis.url()));
        args.addAll(List.of(extra));
        return start(Map.of(), line, args.toArray(String[]::new));
    }

    /**
     * Starts the bot as if {@code variables} were in its process environment (e.g. {@code REDIS_URL},
     * {@code SPRING_DATA_REDIS_SENTINEL_NODES}), read with Spring Boot's relaxed names as real ones would be.
     */
    public static RunningBot start(Map<String, String> variables, LineApiMock line, String... extra) {
        return start(variables, line, new Class<?>[0], extra);
    }

    /** As {@link #start(Map, LineApiMock, String...)}, with test configurations added to the application. */
    public static RunningBot start(Map<String, String> variables, LineApiMock line, Class<?>[] configurations,
            String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--kyodo.line.channel-secret=" + KyodoIntegrationTest.CHANNEL_SECRET,
                "--kyodo.line.channel-token=" + KyodoIntegrationTest.CHANNEL_TOKEN,
                "--kyodo.line.api-endpoint=" + line.baseUrl(), "--kyodo.simulator.enabled=true"));
        args.addAll(List.of(extra));
        StandardEnvironment environment = new StandardEnvironment();
        // Boot maps UPPER_CASE names to properties only in a source named like the system environment.
        environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource("test-systemEnvironment", new java.util.HashMap<String, Object>(variables)));
        Class<?>[] sources = new Class<?>[configurations.length + 1];
        sources[0] = KyodoBotApplication.class;
        System.arraycopy(configurations, 0, sources, 1, configurations.length);
        return new RunningBot(new SpringApplicationBuilder(sources).environment(environment)
                .run(args.toArray(String[]::new)));
    }

    public int port() {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    /** One simulated LINE event, as {@code /api/simulator/messages} takes it. */
    public HttpResponse<String> simulate(String json) {
        return post("/api/simulator/messages", json.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
    }

    public StringRedisTemplate redis() {
        return app.getBean(StringRedisTemplate.class);
    }

    public <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    /** A call with a body and an {@code Authorization} header, e.g. to the admin API. */
    public HttpResponse<String> send(String method, String path, byte[] body, String authorization) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String path, byte[] body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("x-line-signature", signature);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
