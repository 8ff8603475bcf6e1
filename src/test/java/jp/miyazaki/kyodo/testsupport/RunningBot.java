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

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
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
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--kyodo.redis.url=" + redis.url(),
                "--kyodo.line.channel-secret=" + KyodoIntegrationTest.CHANNEL_SECRET,
                "--kyodo.line.channel-token=" + KyodoIntegrationTest.CHANNEL_TOKEN,
                "--kyodo.line.api-endpoint=" + line.baseUrl(), "--kyodo.simulator.enabled=true"));
        args.addAll(List.of(extra));
        return new RunningBot(new SpringApplicationBuilder(KyodoBotApplication.class)
                .run(args.toArray(String[]::new)));
    }

    public int port() {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
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
