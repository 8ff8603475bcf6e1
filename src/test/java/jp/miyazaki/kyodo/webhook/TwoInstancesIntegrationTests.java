package jp.miyazaki.kyodo.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

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
 * Two app instances on one Redis, as behind a load balancer: a citizen's events, spread over both instances,
 * are never handled by both at once, and are handled once each, in order; and a conversation begun on one
 * instance goes on on the other.
 */
class TwoInstancesIntegrationTests {

    private static final String SECRET = "8c570fa6dd201bb328f1c1eac23a96d8";
    private static final long LINE_LATENCY_MS = 150;

    private static LineApiMock line;
    private static RedisTestServer redis;
    private static ConfigurableApplicationContext instanceA;
    private static ConfigurableApplicationContext instanceB;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTwoInstances() {
        line = LineApiMock.start();
        redis = RedisTestServer.start();
        instanceA = start();
        instanceB = start();
    }

    @AfterAll
    static void stopThem() {
        instanceA.close();
        instanceB.close();
        redis.stop();
        line.close();
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(KyodoBotApplication.class).run(
                "--server.port=0",
                "--spring.data.redis.url=" + redis.url(),
                "--kyodo.line.channel-secret=" + SECRET,
                "--kyodo.line.channel-token=two-instances-token",
                "--kyodo.line.api-endpoint=" + line.baseUrl());
    }

    @Test
    void neverHandlesOneCitizensEventsOnBothInstancesAtOnce() {
        line.stub(post(urlPathEqualTo(LineApiMock.REPLY)).willReturn(
                LineApiMock.json(200, "{\"sentMessages\":[]}").withFixedDelay((int) LINE_LATENCY_MS)));
        String user = "Utwoinstances0000000000000000001";
        long start = System.currentTimeMillis();
        List<String> tokens = IntStream.range(0, 12).mapToObj(i -> newId()).toList();

        CompletableFuture.allOf(IntStream.range(0, 12).mapToObj(i -> CompletableFuture.runAsync(() ->
                assertThat(deliver(i % 2 == 0 ? instanceA : instanceB,
                        batch(text(user, "こんにちは" + i, start + i, newId(), tokens.get(i), "active", false))))
                        .isEqualTo(200))).toArray(CompletableFuture[]::new)).join();

        await().atMost(Duration.ofSeconds(30)).until(() -> line.requests(LineApiMock.REPLY).size() >= 12);
        List<LoggedRequest> replies = line.requests(LineApiMock.REPLY);
        assertThat(replies).hasSize(12);
        for (int i = 1; i < replies.size(); i++) {
            long gap = replies.get(i).getLoggedDate().getTime() - replies.get(i - 1).getLoggedDate().getTime();
            // Handled one after the other, replies arrive a whole LINE latency apart; handled at once, together.
            // Half the latency tolerates WireMock noting a request's time late on a busy machine.
            assertThat(gap).as("reply %d started before reply %d was answered", i, i - 1)
                    .isGreaterThanOrEqualTo(LINE_LATENCY_MS / 2);
        }
        assertThat(line.violations()).isEmpty();
    }

    @Test
    void aConversationStartedOnOneInstanceContinuesOnTheOther() {
        line.reset();
        String user = "Usharedsession00000000000000001";
        long start = System.currentTimeMillis();

        assertThat(deliver(instanceA, batch(text(user, "青島海岸ビーチクリーンに申し込みたい", start)))).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> line.requests(LineApiMock.REPLY).size() == 1);
        assertThat(deliver(instanceB, batch(text(user, "宮崎 花子", start + 1_000)))).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> line.requests(LineApiMock.REPLY).size() == 2);

        List<LoggedRequest> replies = line.requests(LineApiMock.REPLY);
        assertThat(replies.get(0).getBodyAsString()).contains("お名前");
        assertThat(replies.get(1).getBodyAsString()).as("instance B knows the name was the answer A asked for")
                .contains("電話番号かメールアドレス");
        assertThat(line.violations()).isEmpty();
    }

    @Test
    void aRequestKeptBeforeConsentOnOneInstanceIsCarriedOnByTheOther() {
        String user = "Ukeptrequest0000000000000000001";
        long start = System.currentTimeMillis();

        assertThat(deliver(instanceA, batch(LineWebhookRequests.follow(user, start)))).isEqualTo(200);
        awaitReply("利用規約");
        assertThat(deliver(instanceB, batch(text(user, "青島海岸ビーチクリーンに申し込みたい", start + 1_000))))
                .isEqualTo(200);
        awaitReply("ご用件は承りました");
        assertThat(deliver(instanceA, batch(text(user, "はい", start + 2_000)))).isEqualTo(200);

        assertThat(awaitReply("先ほどのお申し込みを続けます")).as("instance A carries on the request B kept")
                .contains("青島海岸ビーチクリーン");
        assertThat(line.violations()).isEmpty();
    }

    /** The body of a reply containing {@code text}, once LINE has received one (replies of other tests aside). */
    private static String awaitReply(String text) {
        await().atMost(Duration.ofSeconds(10)).until(() -> line.requests(LineApiMock.REPLY).stream()
                .anyMatch(reply -> reply.getBodyAsString().contains(text)));
        return line.requests(LineApiMock.REPLY).stream().map(LoggedRequest::getBodyAsString)
                .filter(body -> body.contains(text)).findFirst().orElseThrow();
    }

    private int deliver(ConfigurableApplicationContext instance, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String port = instance.getEnvironment().getProperty("local.server.port");
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/callback"))
                    .header("x-line-signature", LineWebhookRequests.sign(SECRET, bytes))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
