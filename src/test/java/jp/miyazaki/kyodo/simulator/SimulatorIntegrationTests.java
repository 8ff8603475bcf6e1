package jp.miyazaki.kyodo.simulator;

import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.batch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import jp.miyazaki.kyodo.line.LineMessageJson;
import jp.miyazaki.kyodo.line.LineMessageRenderer;
import jp.miyazaki.kyodo.session.Leases;
import jp.miyazaki.kyodo.session.UserLock;
import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.LineWebhookRequests;

class SimulatorIntegrationTests extends SimulatorIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALICE = "U0123456789abcdef0123456789abcdef";
    private static final String BOB = "Ufedcba9876543210fedcba9876543210";

    @Autowired
    private UserLock locks;

    @Autowired
    private LineMessageRenderer renderer;

    @Autowired
    private LineMessageJson lineJson;

    /** The same event as a webhook body (for ALICE) and as a simulator request (for BOB). */
    static Stream<Arguments> sameEventBothWays() {
        long now = System.currentTimeMillis();
        Function<String, String> text = user -> LineWebhookRequests.text(user, "青島で海岸清掃のボランティアを探しています", now);
        Function<String, String> follow = user -> LineWebhookRequests.follow(user, now);
        Function<String, String> postback = user -> LineWebhookRequests.postback(user, "pick?slot=date", "2026-12-05",
                now);
        return Stream.of(
                Arguments.of("text", text,
                        "{\"userId\":\"%s\",\"text\":\"青島で海岸清掃のボランティアを探しています\"}"),
                Arguments.of("follow", follow, "{\"userId\":\"%s\",\"event\":\"follow\"}"),
                Arguments.of("postback from a date picker", postback,
                        "{\"userId\":\"%s\",\"postback\":\"pick?slot=date\",\"params\":{\"date\":\"2026-12-05\"}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameEventBothWays")
    void answersWithTheMessagesTheWebhookSendsToLine(String name, Function<String, String> webhookEvent,
            String simulatorRequest) throws Exception {
        assertThat(deliverSigned(batch(webhookEvent.apply(ALICE))).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !LINE.requests(LineApiMock.REPLY).isEmpty());
        LoggedRequest sentToLine = LINE.requests(LineApiMock.REPLY).get(0);
        JsonNode webhookMessages = JSON.readTree(sentToLine.getBodyAsString()).get("messages");

        HttpResponse<String> simulated = simulate(simulatorRequest.formatted(BOB));

        assertThat(simulated.statusCode()).isEqualTo(200);
        assertThat(simulated.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode simulatorMessages = JSON.readTree(simulated.body()).get("messages");
        assertThat(simulatorMessages.isArray()).isTrue();
        assertThat(simulatorMessages).isNotEmpty();
        assertThat(simulatorMessages).isEqualTo(webhookMessages);
        assertThat(LINE.requests(LineApiMock.REPLY)).as("the simulator sends nothing to LINE").hasSize(1);
        assertThat(LINE.requests(LineApiMock.PUSH)).isEmpty();
    }

    @Test
    void followRecordsTheFriendAndUnfollowAnswersNothingAndForgetsTheConversation() throws Exception {
        HttpResponse<String> followed = simulate("{\"userId\":\"" + BOB + "\",\"event\":\"follow\"}");
        assertThat(followed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(followed.body()).get("messages")).isNotEmpty();
        assertThat(redis.opsForHash().get("kyodo:user:" + BOB, "active")).isEqualTo("true");
        assertThat(redis.hasKey("kyodo:session:" + BOB)).isTrue();

        HttpResponse<String> unfollowed = simulate("{\"userId\":\"" + BOB + "\",\"event\":\"unfollow\"}");

        assertThat(unfollowed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(unfollowed.body())).isEqualTo(JSON.readTree("{\"messages\":[]}"));
        assertThat(redis.opsForHash().get("kyodo:user:" + BOB, "active")).isEqualTo("false");
        assertThat(redis.hasKey("kyodo:session:" + BOB)).isFalse();
    }

    @Test
    void everyMessageItAnswersConformsToLinesApi() throws Exception {
        assumeThat(LINE.validating()).as("LINE's OpenAPI document is beside the checkout").isTrue();
        List<String> requests = List.of(
                "{\"userId\":\"" + BOB + "\",\"event\":\"follow\"}",
                "{\"userId\":\"" + BOB + "\",\"text\":\"宮崎市民活動センターで講座はありますか\"}",
                "{\"userId\":\"" + BOB + "\",\"postback\":\"pick?slot=datetime\","
                        + "\"params\":{\"datetime\":\"2026-12-05T10:00\"}}",
                "{\"userId\":\"" + BOB + "\",\"text\":\"" + "あ".repeat(SimulatorRequest.TEXT_LENGTH) + "\"}");
        for (String request : requests) {
            HttpResponse<String> simulated = simulate(request);
            assertThat(simulated.statusCode()).isEqualTo(200);
            pushToLine(JSON.readTree(simulated.body()).get("messages"));
        }
        pushToLine(JSON.readTree(lineJson.document(renderer.render(SampleReplies.everyKind()))).get("messages"));

        assertThat(LINE.requests(LineApiMock.PUSH)).hasSize(requests.size() + 1);
        assertThat(LINE.violations()).isEmpty();
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("no userId", "{\"text\":\"こんにちは\"}"),
                Arguments.of("blank userId", "{\"userId\":\" \",\"text\":\"こんにちは\"}"),
                Arguments.of("userId with a key separator", "{\"userId\":\"U1:lock\",\"text\":\"こんにちは\"}"),
                Arguments.of("nothing to send", "{\"userId\":\"" + BOB + "\"}"),
                Arguments.of("text and postback", "{\"userId\":\"" + BOB + "\",\"text\":\"a\",\"postback\":\"b\"}"),
                Arguments.of("text and event", "{\"userId\":\"" + BOB + "\",\"text\":\"a\",\"event\":\"follow\"}"),
                Arguments.of("empty text", "{\"userId\":\"" + BOB + "\",\"text\":\"\"}"),
                Arguments.of("text over 5,000", "{\"userId\":\"" + BOB + "\",\"text\":\""
                        + "あ".repeat(SimulatorRequest.TEXT_LENGTH + 1) + "\"}"),
                Arguments.of("unknown event", "{\"userId\":\"" + BOB + "\",\"event\":\"join\"}"),
                Arguments.of("params without postback",
                        "{\"userId\":\"" + BOB + "\",\"text\":\"a\",\"params\":{\"date\":\"2026-12-05\"}}"),
                Arguments.of("unknown param",
                        "{\"userId\":\"" + BOB + "\",\"postback\":\"a\",\"params\":{\"color\":\"red\"}}"),
                Arguments.of("params not strings",
                        "{\"userId\":\"" + BOB + "\",\"postback\":\"a\",\"params\":{\"date\":{\"y\":1}}}"),
                Arguments.of("postback data over 300", "{\"userId\":\"" + BOB + "\",\"postback\":\""
                        + "d".repeat(SimulatorRequest.POSTBACK_DATA_LENGTH + 1) + "\"}"),
                Arguments.of("text not a string", "{\"userId\":\"" + BOB + "\",\"text\":{\"a\":1}}"),
                Arguments.of("not JSON", "{\"userId\":"),
                Arguments.of("JSON array", "[]"),
                Arguments.of("JSON null", "null"),
                Arguments.of("empty body", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void refusesBadInputWithAProblemDocument(String name, String body) throws Exception {
        HttpResponse<String> response = simulate(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asText()).isEqualTo("Bad Request");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at jp.").doesNotContain("at java.");
        assertThat(keysLeftByCitizens()).isEmpty();
    }

    @Test
    void waitsForAWebhookEventOfTheSameCitizenToFinish() throws Exception {
        Leases.Lease lease = locks.tryAcquire(BOB).orElseThrow();
        CompletableFuture.delayedExecutor(150, TimeUnit.MILLISECONDS).execute(lease::close);

        HttpResponse<String> response = simulate("{\"userId\":\"" + BOB + "\",\"text\":\"こんにちは\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("messages")).isNotEmpty();
    }

    @Test
    void answersConflictWhileTheCitizensLockStaysTaken() throws Exception {
        try (Leases.Lease held = locks.tryAcquire(BOB).orElseThrow()) {
            HttpResponse<String> response = simulate("{\"userId\":\"" + BOB + "\",\"text\":\"こんにちは\"}");

            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(redis.hasKey("kyodo:session:" + BOB)).as("the turn did not run").isFalse();
        }
    }

    @Test
    void servesTheChatPageAndItsFiles() {
        HttpResponse<String> page = get("/simulator");
        HttpResponse<String> script = get("/simulator/simulator.js");
        HttpResponse<String> style = get("/simulator/simulator.css");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("協働ボット", "友だち追加 (follow)", "/simulator/simulator.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("/api/simulator/messages");
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(get("/simulator/application.yml").statusCode()).isEqualTo(404);
        assertThat(get("/simulator/..%2Fapplication.yml").statusCode()).isIn(400, 404);
    }

    private void pushToLine(JsonNode messages) {
        ObjectNode push = JSON.createObjectNode();
        push.put("to", BOB);
        push.set("messages", messages);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(LINE.baseUrl() + LineApiMock.PUSH))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + CHANNEL_TOKEN)
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(push))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
