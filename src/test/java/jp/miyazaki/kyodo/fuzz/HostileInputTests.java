package jp.miyazaki.kyodo.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.slf4j.LoggerFactory;

import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.LineWebhookRequests;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;
import jp.miyazaki.kyodo.testsupport.RunningBot;

/**
 * Garbage at the public endpoints. Signed {@code /callback} bodies never get a 5xx; unsigned or wrongly signed
 * ones get a 4xx and never cause a request to LINE; {@code /api/nlu/parse} and the simulator never answer 5xx
 * and explain every 4xx as problem JSON; after all of it the bot still answers a plain message. Every log line
 * written meanwhile is scanned for personal data and the channel token.
 */
class HostileInputTests {

    private static final String SECRET = KyodoIntegrationTest.CHANNEL_SECRET;
    private static final Pattern PHONE = Pattern.compile(
            "(?<![0-9A-Za-z-])0\\d{1,4}-\\d{1,4}-\\d{4}(?![0-9A-Za-z])|(?<![0-9A-Za-z-])0\\d{9,10}(?![0-9A-Za-z])");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final Pattern USER_ID = Pattern.compile("U[0-9a-f]{32}");
    /** Personal data planted in otherwise valid messages, so the log scan has something to find if it leaks. */
    private static final List<String> PLANTED = List.of("090-1234-5678", "taro.miyazaki@example.jp",
            "電話は0985-21-1234です", "連絡先 hanako@example.com 宮崎花子");

    private static final CapturedLog LOG = new CapturedLog();
    private static final Map<String, AtomicInteger> TRIES = new ConcurrentHashMap<>();
    private static final Set<String> UNSIGNED_REPLY_TOKENS = ConcurrentHashMap.newKeySet();

    private static RedisTestServer redis;
    private static LineApiMock line;
    private static RunningBot bot;

    @BeforeContainer
    static void startBot() {
        redis = RedisTestServer.start();
        line = LineApiMock.startWithoutValidation();
        bot = RunningBot.start(redis, line, "--kyodo.line.read-timeout=2s",
                "--kyodo.line.retry.initial-backoff=10ms", "--kyodo.line.retry.max-backoff=40ms");
        // After the start: Spring Boot resets logging while it starts, which would drop the appender.
        LOG.start();
    }

    @AfterContainer
    static void stillAnswersAndLeaksNothing() throws InterruptedException {
        try {
            String token = LineWebhookRequests.newId();
            String userId = "U" + "a".repeat(32);
            byte[] plain = LineWebhookRequests.batch(LineWebhookRequests.text(userId, "こんにちは",
                    System.currentTimeMillis(), LineWebhookRequests.newId(), token, "active", false))
                    .getBytes(StandardCharsets.UTF_8);
            assertThat(bot.post("/callback", plain, LineWebhookRequests.sign(SECRET, plain)).statusCode())
                    .isEqualTo(200);
            long deadline = System.currentTimeMillis() + 20_000;
            while (replyBodies().stream().noneMatch(body -> body.contains(token))
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(replyBodies()).as("the bot still answers after the fuzzing").anyMatch(b -> b.contains(token));
            assertThat(replyBodies()).as("requests to LINE caused by unsigned bodies")
                    .noneMatch(body -> UNSIGNED_REPLY_TOKENS.stream().anyMatch(body::contains));

            List<String> lines = LOG.lines();
            System.out.printf("Fuzz tries: %s; log lines scanned: %d%n", new java.util.TreeMap<>(TRIES),
                    lines.size());
            assertThat(lines).as("the capture saw the refusals it should scan").isNotEmpty();
            assertThat(lines).as("log lines with a user id").noneMatch(l -> USER_ID.matcher(l).find());
            assertThat(lines).as("log lines with an e-mail address").noneMatch(l -> EMAIL.matcher(l).find());
            assertThat(lines).as("log lines with a phone number").noneMatch(l -> PHONE.matcher(l).find());
            assertThat(lines).as("log lines with the channel token")
                    .noneMatch(l -> l.contains(KyodoIntegrationTest.CHANNEL_TOKEN));
            assertThat(lines).as("log lines with a planted message").noneMatch(l -> PLANTED.stream()
                    .anyMatch(l::contains));
        } finally {
            LOG.stop();
            bot.close();
            line.close();
            redis.stop();
        }
    }

    @Property(tries = 600)
    void aSignedBodyNeverGetsA5xx(@ForAll("hostileBodies") byte[] body) {
        count("callback signed");
        HttpResponse<String> response = bot.post("/callback", body, LineWebhookRequests.sign(SECRET, body));
        assertThat(response.statusCode()).isIn(200, 400, 413);
        if (response.statusCode() != 200) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Property(tries = 400)
    void anUnsignedBodyIsRefusedAndNeverAnswered(@ForAll("unsignedRequests") Unsigned request) {
        count("callback unsigned");
        HttpResponse<String> response = bot.post("/callback", request.body(), request.signature());
        assertThat(response.statusCode()).isIn(400, 413);
    }

    @Property(tries = 400)
    void nluParseNeverAnswers5xx(@ForAll("apiBodies") byte[] body) {
        count("nlu parse");
        assertNoServerErrorAndProblems(bot.post("/api/nlu/parse", body, null));
    }

    @Property(tries = 400)
    void theSimulatorNeverAnswers5xx(@ForAll("simulatorBodies") byte[] body) {
        count("simulator");
        assertNoServerErrorAndProblems(bot.post("/api/simulator/messages", body, null));
    }

    private static void assertNoServerErrorAndProblems(HttpResponse<String> response) {
        assertThat(response.statusCode()).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Provide
    Arbitrary<byte[]> hostileBodies() {
        return mix(List.of(
                weighted(3, randomBytes()),
                weighted(4, wellFormedBatches().map(HostileInputTests::utf8)),
                weighted(3, wellFormedBatches().flatMap(HostileInputTests::truncated)),
                weighted(2, deeplyNested()),
                weighted(3, wrongTypes().map(HostileInputTests::utf8)),
                weighted(2, invalidUtf8()),
                weighted(1, Arbitraries.of(hugeBody(), oversizedBody()))));
    }

    @Provide
    Arbitrary<Unsigned> unsignedRequests() {
        Arbitrary<String> tokens = Arbitraries.strings().withCharRange('A', 'Z').ofLength(26).map(t -> "01" + t);
        Arbitrary<byte[]> bodies = tokens.map(token -> {
            UNSIGNED_REPLY_TOKENS.add(token);
            return utf8(LineWebhookRequests.batch(LineWebhookRequests.text(randomUserId(token), "ボランティア",
                    System.currentTimeMillis(), LineWebhookRequests.newId(), token, "active", false)));
        });
        Arbitrary<Integer> how = Arbitraries.integers().between(0, 4);
        return Combinators.combine(mix(List.of(weighted(4, bodies), weighted(1, randomBytes()))), how)
                .as((body, kind) -> new Unsigned(body, switch (kind) {
                    case 0 -> null;
                    case 1 -> "";
                    case 2 -> LineWebhookRequests.sign("0".repeat(32), body);
                    case 3 -> LineWebhookRequests.sign(SECRET, utf8(new String(body, StandardCharsets.UTF_8)
                            + " "));
                    default -> Base64.getEncoder().encodeToString(body.length > 4 ? slice(body, 4) : body);
                }));
    }

    @Provide
    Arbitrary<byte[]> apiBodies() {
        return mix(List.of(
                weighted(2, randomBytes()),
                weighted(4, hostileStrings().map(t -> utf8("{\"text\":" + json(t) + "}"))),
                weighted(2, Combinators.combine(hostileStrings(), hostileStrings())
                        .as((t, r) -> utf8("{\"text\":" + json(t) + ",\"referenceTime\":" + json(r) + "}"))),
                weighted(2, jsonValues().map(v -> utf8("{\"text\":" + v + ",\"referenceTime\":" + v + "}"))),
                weighted(1, deeplyNested()),
                weighted(1, invalidUtf8())));
    }

    @Provide
    Arbitrary<byte[]> simulatorBodies() {
        Arbitrary<String> users = Arbitraries.oneOf(Arbitraries.just("Ufuzz"), hostileStrings(),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(80));
        Arbitrary<String> fields = Arbitraries.of("text", "postback", "event", "params", "nonsense");
        return mix(List.of(
                weighted(1, randomBytes()),
                weighted(5, Combinators.combine(users, fields, hostileStrings()).as((user, field, value) ->
                        utf8("{\"userId\":" + json(user) + ",\"" + field + "\":" + json(value) + "}"))),
                weighted(2, Combinators.combine(fields, jsonValues()).as((field, value) ->
                        utf8("{\"userId\":\"Ufuzz\",\"" + field + "\":" + value + "}"))),
                weighted(1, Combinators.combine(hostileStrings(), jsonValues()).as((data, params) ->
                        utf8("{\"userId\":\"Ufuzz\",\"postback\":" + json(data) + ",\"params\":" + params + "}"))),
                weighted(1, deeplyNested()),
                weighted(1, invalidUtf8())));
    }

    private static Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
    }

    /** Texts that stress the analyser and the renderer: long, odd scripts, lone surrogates, control characters. */
    private static Arbitrary<String> hostileStrings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.strings().all().ofMinLength(4_990).ofMaxLength(5_010),
                Arbitraries.strings().withCharRange('ぁ', 'ヿ').ofMinLength(1).ofMaxLength(5_000),
                Arbitraries.strings().withChars('\uD800', '\uDFFF', '\u0000', '\u202E', '\uFEFF', 'ｱ', '㍻', '🙇')
                        .ofMaxLength(50),
                Arbitraries.of(PLANTED),
                Arbitraries.of("", " ", "\n", "null", "{}", "%s%n", "${jndi:ldap://x}", "../../etc/passwd",
                        "2026-02-30T99:00:00+09:00", "9999999999-12-31T00:00:00Z", "ボランティアを探しています",
                        "action=signup.start&id=../../x", "a".repeat(20_000)));
    }

    private static Arbitrary<String> jsonValues() {
        return Arbitraries.oneOf(Arbitraries.of("null", "true", "1e999", "-0", "[]", "{}", "[1,2,3]",
                        "{\"a\":{\"b\":[]}}", "\"\\ud800\"", "\"\\udc00x\"", "123456789012345678901234567890"),
                Arbitraries.integers().map(String::valueOf));
    }

    private static Arbitrary<String> wellFormedBatches() {
        Arbitrary<String> users = Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789abcdef").ofLength(32).map(h -> "U" + h),
                Arbitraries.of("", "U", "x".repeat(1_000), "U../../../x", "U*", "U\\u0000"));
        Arbitrary<String> events = Combinators.combine(users, hostileStrings(), Arbitraries.integers().between(0, 7))
                .as((user, text, kind) -> switch (kind) {
                    case 0, 1 -> LineWebhookRequests.text(user, text, System.currentTimeMillis());
                    case 2 -> LineWebhookRequests.postback(user, text, "2026-13-45", System.currentTimeMillis());
                    case 3 -> LineWebhookRequests.sticker(user, System.currentTimeMillis());
                    case 4 -> LineWebhookRequests.unknownType(user, System.currentTimeMillis());
                    case 5 -> LineWebhookRequests.follow(user, System.currentTimeMillis());
                    case 6 -> LineWebhookRequests.text(user, text, System.currentTimeMillis())
                            .replace("\"type\":\"text\"", "\"type\":\"hologram\"");
                    default -> LineWebhookRequests.text(user, text, System.currentTimeMillis())
                            .replace("\"type\":\"user\"", "\"type\":\"group\",\"groupId\":\"Cx\"");
                });
        return events.list().ofMinSize(0).ofMaxSize(5).map(LineWebhookRequests::batch);
    }

    /** A valid batch with one field's value swapped for a value of another type. */
    private static Arbitrary<String> wrongTypes() {
        Arbitrary<String> fields = Arbitraries.of("events", "type", "message", "text", "timestamp", "source",
                "userId", "replyToken", "webhookEventId", "deliveryContext", "isRedelivery", "mode", "destination");
        return Combinators.combine(wellFormedBatches().filter(b -> b.contains("\"text\"")), fields, jsonValues())
                .as((batch, field, value) -> batch.replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\d+|true|false"
                        + "|\\{[^{}]*\\}|\\[)", java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + value
                        + (batch.contains("\"" + field + "\":[") ? ",[" : ""))));
    }

    private static Arbitrary<byte[]> truncated(String batch) {
        byte[] bytes = utf8(batch);
        return Arbitraries.integers().between(0, Math.max(0, bytes.length - 1)).map(n -> slice(bytes, n));
    }

    private static Arbitrary<byte[]> deeplyNested() {
        return Arbitraries.integers().between(100, 100_000).map(depth -> utf8(
                "{\"destination\":\"x\",\"events\":" + "[".repeat(depth) + "]".repeat(depth) + "}"));
    }

    /** A valid text event whose text bytes are overwritten with malformed UTF-8 and CESU-8 surrogates. */
    private static Arbitrary<byte[]> invalidUtf8() {
        Arbitrary<byte[]> bad = Arbitraries.of(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0x80});
        return bad.map(b -> {
            String marker = "XXXXXXXX";
            byte[] template = utf8(LineWebhookRequests.batch(LineWebhookRequests.text("U" + "b".repeat(32),
                    "あ" + marker + "い", System.currentTimeMillis())));
            String text = new String(template, StandardCharsets.ISO_8859_1);
            int at = text.indexOf(marker);
            byte[] out = template.clone();
            for (int i = 0; i < marker.length(); i++) {
                out[at + i] = b[i % b.length];
            }
            return out;
        });
    }

    private static byte[] hugeBody() {
        return utf8(LineWebhookRequests.batch(LineWebhookRequests.text("U" + "c".repeat(32), "海".repeat(200_000),
                System.currentTimeMillis())));
    }

    private static byte[] oversizedBody() {
        return utf8("{\"events\":[],\"destination\":\"" + "x".repeat(1_100_000) + "\"}");
    }

    private static String randomUserId(String seed) {
        return "U" + String.format("%032x", new java.math.BigInteger(1, utf8(seed)).mod(
                java.math.BigInteger.TWO.pow(128)));
    }

    private static List<String> replyBodies() {
        List<String> bodies = new ArrayList<>();
        for (LoggedRequest request : line.requests(LineApiMock.REPLY)) {
            bodies.add(request.getBodyAsString());
        }
        return bodies;
    }

    private static net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<byte[]>> weighted(int weight,
            Arbitrary<byte[]> arbitrary) {
        return net.jqwik.api.Tuple.of(weight, arbitrary);
    }

    private static Arbitrary<byte[]> mix(List<net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<byte[]>>> parts) {
        return Arbitraries.frequencyOf(parts);
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] slice(byte[] bytes, int length) {
        byte[] out = new byte[length];
        System.arraycopy(bytes, 0, out, 0, length);
        return out;
    }

    private static void count(String property) {
        TRIES.computeIfAbsent(property, p -> new AtomicInteger()).incrementAndGet();
    }

    record Unsigned(byte[] body, String signature) {
    }

    /** Every log event of the run, formatted with its arguments and any exception, as the console would show it. */
    private static final class CapturedLog extends AppenderBase<ILoggingEvent> {

        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void start() {
            Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
            setContext(root.getLoggerContext());
            super.start();
            root.addAppender(this);
        }

        @Override
        public void stop() {
            ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
            super.stop();
        }

        @Override
        protected void append(ILoggingEvent event) {
            String line = event.getLoggerName() + " " + event.getFormattedMessage();
            if (event.getThrowableProxy() != null) {
                line += " " + ThrowableProxyUtil.asString(event.getThrowableProxy());
            }
            lines.add(line);
        }

        List<String> lines() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }
    }
}
