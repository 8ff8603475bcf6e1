package jp.miyazaki.kyodo.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.batch;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.newId;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.LineWebhookRequests;

@ExtendWith(OutputCaptureExtension.class)
class CallbackIntegrationTests extends KyodoIntegrationTest {

    private static final String DOCUMENTED_BODY =
            "{\"destination\":\"U8e742f61d673b39c7fff3cecb7536ef0\",\"events\":[]}";
    private static final String DOCUMENTED_SIGNATURE = "GhRKmvmHys4Pi8DxkF4+EayaH0OqtJtaZxgTD9fMDLs=";
    private static final Duration SETTLE = Duration.ofMillis(400);

    private final long now = System.currentTimeMillis();

    @Test
    void acceptsLinesDocumentedSignatureVector() {
        byte[] body = DOCUMENTED_BODY.getBytes(StandardCharsets.UTF_8);

        assertThat(LineWebhookRequests.sign(CHANNEL_SECRET, body)).isEqualTo(DOCUMENTED_SIGNATURE);
        assertThat(deliver(body, DOCUMENTED_SIGNATURE).statusCode()).isEqualTo(200);
    }

    static Stream<Arguments> forgedRequests() {
        String body = batch(text("Uforged0000000000000000000000001", "こんにちは", System.currentTimeMillis()));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String signature = LineWebhookRequests.sign(CHANNEL_SECRET, bytes);
        byte[] changed = Arrays.copyOf(bytes, bytes.length);
        changed[changed.length - 3] ^= 0x01;
        byte[] reserialised = body.replace(",", ", ").getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("one byte changed", changed, signature),
                Arguments.of("no signature header", bytes, null),
                Arguments.of("signature not Base64", bytes, "%%%not*base64%%%"),
                Arguments.of("body re-serialised", reserialised, signature),
                Arguments.of("signature of another secret", bytes,
                        LineWebhookRequests.sign("0123456789abcdef0123456789abcdef", bytes)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedRequests")
    void refusesForgedRequestsWithoutProcessingThem(String name, byte[] body, String signature) throws Exception {
        HttpResponse<String> response = deliver(body, signature);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at jp.");
        Thread.sleep(SETTLE.toMillis());
        assertThat(keysLeftByCitizens()).isEmpty();
        assertThat(LINE.requests(LineApiMock.REPLY)).isEmpty();
    }

    @Test
    void refusesSignedBodyThatIsNotJson() {
        assertThat(deliverSigned("{\"destination\":\"U1\",\"events\":[").statusCode()).isEqualTo(400);
        assertThat(deliverSigned("not json at all").statusCode()).isEqualTo(400);
        assertThat(deliverSigned("null").statusCode()).isEqualTo(400);
        assertThat(deliverSigned("{\"destination\":\"U1\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void refusesBodiesOverOneMebibyte() {
        String huge = batch(text("Uhuge00000000000000000000000000001", "あ".repeat(400_000), now));
        assertThat(huge.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1024 * 1024);

        assertThat(deliverSigned(huge).statusCode()).isEqualTo(413);
    }

    @Test
    void answersLinesConnectivityCheck() {
        assertThat(deliverSigned(batch()).statusCode()).isEqualTo(200);
    }

    @Test
    void repliesOnceWithTheEventsReplyToken() throws Exception {
        String token = newId();
        HttpResponse<String> response = deliverSigned(batch(
                text("Ucitizen0000000000000000000000001", "海岸清掃のボランティアを探しています", now, newId(), token,
                        "active", false)));

        assertThat(response.statusCode()).isEqualTo(200);
        List<LoggedRequest> replies = awaitRequests(LineApiMock.REPLY, 1);
        assertThat(replies.get(0).getBodyAsString()).contains("\"replyToken\":\"" + token + "\"").contains("地域を変える");
        assertThat(replies.get(0).getHeader("Authorization")).isEqualTo("Bearer " + CHANNEL_TOKEN);
        Thread.sleep(SETTLE.toMillis());
        assertThat(LINE.requests(LineApiMock.REPLY)).hasSize(1);
        assertThat(LINE.requests(LineApiMock.PUSH)).isEmpty();
    }

    @Test
    void answersARedeliveredOrDuplicatedEventAtMostOnce() throws Exception {
        String eventId = newId();
        String user = "Uredelivered000000000000000000001";
        String first = batch(text(user, "こんにちは", now, eventId, newId(), "active", false));
        String redelivered = batch(text(user, "こんにちは", now, eventId, newId(), "active", true));

        assertThat(deliverSigned(first).statusCode()).isEqualTo(200);
        assertThat(deliverSigned(first).statusCode()).isEqualTo(200);
        assertThat(deliverSigned(redelivered).statusCode()).isEqualTo(200);

        awaitRequests(LineApiMock.REPLY, 1);
        Thread.sleep(SETTLE.toMillis());
        assertThat(LINE.requests(LineApiMock.REPLY)).hasSize(1);
        assertThat(LINE.requests(LineApiMock.PUSH)).isEmpty();
    }

    @Test
    void pushesWithARetryKeyWhenTheReplyTokenIsInvalid() throws Exception {
        LINE.stub(post(urlPathEqualTo(LineApiMock.REPLY))
                .willReturn(LineApiMock.json(400, "{\"message\":\"Invalid reply token\"}")));
        String user = "Uexpired0000000000000000000000001";

        deliverSigned(batch(text(user, "補助金について教えて", now)));

        List<LoggedRequest> pushes = awaitRequests(LineApiMock.PUSH, 1);
        assertThat(pushes.get(0).getBodyAsString()).contains("\"to\":\"" + user + "\"");
        assertThat(pushes.get(0).getHeader("X-Line-Retry-Key"))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        Thread.sleep(SETTLE.toMillis());
        assertThat(LINE.requests(LineApiMock.REPLY)).hasSize(1);
        assertThat(LINE.requests(LineApiMock.PUSH)).hasSize(1);
    }

    @Test
    void retriesAFailedPushUnderTheSameRetryKey() throws Exception {
        LINE.stub(post(urlPathEqualTo(LineApiMock.REPLY))
                .willReturn(LineApiMock.json(400, "{\"message\":\"Invalid reply token\"}")));
        LINE.stub(post(urlPathEqualTo(LineApiMock.PUSH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(LineApiMock.json(500, "{\"message\":\"Internal server error\"}"))
                .willSetStateTo("recovered"));
        LINE.stub(post(urlPathEqualTo(LineApiMock.PUSH)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(LineApiMock.json(200, "{\"sentMessages\":[]}")));

        deliverSigned(batch(text("Uflaky000000000000000000000000001", "こんにちは", now)));

        List<LoggedRequest> pushes = awaitRequests(LineApiMock.PUSH, 2);
        assertThat(pushes.get(0).getHeader("X-Line-Retry-Key")).isEqualTo(pushes.get(1).getHeader("X-Line-Retry-Key"));
        Thread.sleep(SETTLE.toMillis());
        assertThat(LINE.requests(LineApiMock.PUSH)).hasSize(2);
    }

    @Test
    void retriesARateLimitedPushButNotASpentMonthlyQuota() throws Exception {
        LINE.stub(post(urlPathEqualTo(LineApiMock.REPLY))
                .willReturn(LineApiMock.json(400, "{\"message\":\"Invalid reply token\"}")));
        LINE.stub(post(urlPathEqualTo(LineApiMock.PUSH))
                .willReturn(LineApiMock.json(429, "{\"message\":\"You have reached your monthly limit.\"}")));

        deliverSigned(batch(text("Uquota000000000000000000000000001", "こんにちは", now)));

        awaitRequests(LineApiMock.PUSH, 1);
        Thread.sleep(SETTLE.toMillis());
        assertThat(LINE.requests(LineApiMock.PUSH)).hasSize(1);

        LINE.reset();
        LINE.stub(post(urlPathEqualTo(LineApiMock.REPLY))
                .willReturn(LineApiMock.json(400, "{\"message\":\"Invalid reply token\"}")));
        LINE.stub(post(urlPathEqualTo(LineApiMock.PUSH)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(LineApiMock.json(429,
                        "{\"message\":\"The API rate limit has been exceeded. Try again later.\"}"))
                .willSetStateTo("calm"));
        deliverSigned(batch(text("Urate0000000000000000000000000001", "こんにちは", now)));

        List<LoggedRequest> pushes = awaitRequests(LineApiMock.PUSH, 2);
        assertThat(pushes.get(0).getHeader("X-Line-Retry-Key")).isEqualTo(pushes.get(1).getHeader("X-Line-Retry-Key"));
    }

    @Test
    void countsAConflictAsAlreadySent() throws Exception {
        LINE.stub(post(urlPathEqualTo(LineApiMock.REPLY))
                .willReturn(LineApiMock.json(400, "{\"message\":\"Invalid reply token\"}")));
        LINE.stub(post(urlPathEqualTo(LineApiMock.PUSH))
                .willReturn(LineApiMock.json(409, "{\"message\":\"The retry key is already accepted\"}")));

        deliverSigned(batch(text("Uconflict00000000000000000000001", "こんにちは", now)));

        awaitRequests(LineApiMock.PUSH, 1);
        Thread.sleep(SETTLE.toMillis());
        assertThat(LINE.requests(LineApiMock.PUSH)).hasSize(1);
    }

    @Test
    void retriesAReplyThatHitAServerError() throws Exception {
        LINE.stub(post(urlPathEqualTo(LineApiMock.REPLY)).inScenario("blip").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(LineApiMock.json(503, "{\"message\":\"Service unavailable\"}"))
                .willSetStateTo("fine"));

        deliverSigned(batch(text("Ublip0000000000000000000000000001", "こんにちは", now)));

        awaitRequests(LineApiMock.REPLY, 2);
        Thread.sleep(SETTLE.toMillis());
        assertThat(LINE.requests(LineApiMock.PUSH)).isEmpty();
    }

    @Test
    void neverAnswersStandbyEvents() throws Exception {
        String standbyUser = "Ustandby0000000000000000000000001";
        String activeUser = "Uactive00000000000000000000000001";
        String activeToken = newId();

        deliverSigned(batch(
                text(standbyUser, "こんにちは", now, newId(), newId(), "standby", false),
                text(activeUser, "こんにちは", now + 1, newId(), activeToken, "active", false)));

        List<LoggedRequest> replies = awaitRequests(LineApiMock.REPLY, 1);
        Thread.sleep(SETTLE.toMillis());
        assertThat(LINE.requests(LineApiMock.REPLY)).hasSize(1);
        assertThat(replies.get(0).getBodyAsString()).contains(activeToken);
    }

    @Test
    void skipsUnknownAndMalformedEventsWithoutStoppingTheBatch() throws Exception {
        String malformed = """
                {"type":"message","message":{"type":"text","id":"1","text":"x"},"webhookEventId":"%s",\
                "timestamp":"yesterday","source":{"type":"user","userId":"Ubroken"},"replyToken":"r","mode":"active"}"""
                .formatted(newId());
        HttpResponse<String> response = deliverSigned(batch(
                LineWebhookRequests.unknownType("Uunknown000000000000000000000001", now),
                text("Ufirst00000000000000000000000001", "こんにちは", now + 1),
                malformed,
                "\"not an event\"",
                text("Usecond0000000000000000000000001", "こんばんは", now + 2)));

        assertThat(response.statusCode()).isEqualTo(200);
        awaitRequests(LineApiMock.REPLY, 2);
        Thread.sleep(SETTLE.toMillis());
        assertThat(LINE.requests(LineApiMock.REPLY)).hasSize(2);
    }

    @Test
    void answersStickersAndFollowsPolitely() {
        String user = "Umixed0000000000000000000000000001";
        deliverSigned(batch(LineWebhookRequests.sticker(user, now)));
        assertThat(awaitRequests(LineApiMock.REPLY, 1).get(0).getBodyAsString()).contains("テキストで送ってください");

        deliverSigned(batch(LineWebhookRequests.follow(user, now + 1)));
        assertThat(awaitRequests(LineApiMock.REPLY, 2).get(1).getBodyAsString()).contains("利用規約");
    }

    @Test
    void fillsADateFromADatePickerPostback() {
        String user = "Upicker0000000000000000000000001";
        LocalDate saturday = LocalDate.now(CityTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        deliverSigned(batch(text(user, "青島で環境のボランティアを探しています", now)));
        assertThat(awaitRequests(LineApiMock.REPLY, 1).get(0).getBodyAsString()).contains("日付を変える");
        deliverSigned(batch(text(user, "日付を変える", now + 1)));
        assertThat(awaitRequests(LineApiMock.REPLY, 2).get(1).getBodyAsString()).contains("日付を選ぶ");

        deliverSigned(batch(LineWebhookRequests.postback(user, "flow=activity-search&slot=date", saturday.toString(),
                now + 2)));

        String answer = awaitRequests(LineApiMock.REPLY, 3).get(2).getBodyAsString();
        assertThat(answer).contains("\"type\":\"flex\"").contains("青島");
    }

    @Test
    void marksAnUnfollowingCitizenInactiveWithoutAnswering() throws Exception {
        String user = "Uleaving000000000000000000000001";
        deliverSigned(batch(LineWebhookRequests.follow(user, now)));
        awaitRequests(LineApiMock.REPLY, 1);

        deliverSigned(batch(LineWebhookRequests.unfollow(user, now + 1)));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(redis.opsForHash().get("kyodo:user:" + user, "active")).isEqualTo("false"));
        Thread.sleep(SETTLE.toMillis());
        assertThat(LINE.requests(LineApiMock.REPLY)).hasSize(1);
        assertThat(LINE.requests(LineApiMock.PUSH)).isEmpty();
    }

    @Test
    void logsNeitherTheCitizenNorWhatTheyWrote(CapturedOutput output) {
        String user = "Uprivacy0000000000000000000000001";
        deliverSigned(batch(text(user, "山田花子です。電話は090-1234-5678です", now)));
        awaitRequests(LineApiMock.REPLY, 1);

        await().atMost(Duration.ofSeconds(5)).until(() -> output.getOut().contains("answered Text"));
        assertThat(output.getAll()).doesNotContain(user).doesNotContain("090-1234-5678").doesNotContain("山田花子")
                .doesNotContain(CHANNEL_TOKEN);
    }

    @Test
    void countsEventsAndLineCallsForPrometheus() {
        deliverSigned(batch(text("Umetrics000000000000000000000001", "こんにちは", now)));
        awaitRequests(LineApiMock.REPLY, 1);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(get("/actuator/prometheus",
                "Bearer " + METRICS_TOKEN).body())
                .contains("kyodo_events_received_total")
                .contains("kyodo_events_handled_total{outcome=\"answered\"}")
                .contains("kyodo_line_api_calls_total{operation=\"reply\",status=\"200\"}"));
    }

    /** Waits for at least {@code count} requests; returns them in the order LINE received them. */
    private static List<LoggedRequest> awaitRequests(String path, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> LINE.requests(path).size() >= count);
        return LINE.requests(path);
    }
}
