package jp.miyazaki.kyodo.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.fuzz.HostileInputs.UnsignedRequest;
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
 *
 * <p>The cases come from {@link HostileInputs}, seeded by {@code -Dkyodo.fuzz.seed} or else at random; the seed is
 * logged at the start and named in every failure, so a failing run is replayed by passing it back. The bot runs as
 * a {@link RunningBot} with its own LINE mock that does not validate requests: hostile user ids reach LINE by design.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputTests {

    static final String SEED_PROPERTY = "kyodo.fuzz.seed";

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(HostileInputTests.class);
    private static final String SECRET = KyodoIntegrationTest.CHANNEL_SECRET;
    private static final Pattern PHONE = Pattern.compile(
            "(?<![0-9A-Za-z-])0\\d{1,4}-\\d{1,4}-\\d{4}(?![0-9A-Za-z])|(?<![0-9A-Za-z-])0\\d{9,10}(?![0-9A-Za-z])");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final Pattern USER_ID = Pattern.compile("U[0-9a-f]{32}");

    private static final CapturedLog LOG = new CapturedLog();
    private static final Map<String, AtomicInteger> TRIES = new ConcurrentHashMap<>();
    private static final Set<String> UNSIGNED_REPLY_TOKENS = ConcurrentHashMap.newKeySet();

    private static long seed;
    private static RedisTestServer redis;
    private static LineApiMock line;
    private static RunningBot bot;

    @BeforeAll
    static void startBot() {
        String fixed = System.getProperty(SEED_PROPERTY);
        seed = fixed == null || fixed.isBlank() ? new SplittableRandom().nextLong() : Long.decode(fixed.trim());
        log.info("Fuzz seed {} (replay with -D{}={})", seed, SEED_PROPERTY, seed);
        redis = RedisTestServer.start();
        line = LineApiMock.startWithoutValidation();
        bot = RunningBot.start(redis, line, "--kyodo.line.read-timeout=2s",
                "--kyodo.line.retry.initial-backoff=10ms", "--kyodo.line.retry.max-backoff=40ms");
        // After the start: Spring Boot resets logging while it starts, which would drop the appender.
        LOG.start();
    }

    @AfterAll
    static void stopBot() {
        LOG.stop();
        if (bot != null) {
            bot.close();
        }
        if (line != null) {
            line.close();
        }
        if (redis != null) {
            redis.stop();
        }
        log.info("Fuzz seed {} (replay with -D{}={})", seed, SEED_PROPERTY, seed);
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> aSignedBodyNeverGetsA5xx() {
        return cases("callback signed", 600, caseSeed -> {
            byte[] body = new HostileInputs(caseSeed).signedCallbackBody();
            HttpResponse<String> response = bot.post("/callback", body, LineWebhookRequests.sign(SECRET, body));
            String context = context("callback signed", caseSeed, body);
            assertThat(response.statusCode()).as(context).isIn(200, 400, 413);
            if (response.statusCode() != 200) {
                assertProblemJson(response, context);
            }
        });
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> anUnsignedBodyIsRefusedAndNeverAnswered() {
        return cases("callback unsigned", 400, caseSeed -> {
            UnsignedRequest request = new HostileInputs(caseSeed).unsignedRequest();
            if (request.replyToken() != null) {
                UNSIGNED_REPLY_TOKENS.add(request.replyToken());
            }
            HttpResponse<String> response = bot.post("/callback", request.body(), request.signature());
            assertThat(response.statusCode()).as(context("callback unsigned", caseSeed, request.body()))
                    .isIn(400, 413);
        });
    }

    @TestFactory
    @Order(3)
    Stream<DynamicTest> nluParseNeverAnswers5xx() {
        return cases("nlu parse", 400, caseSeed -> {
            byte[] body = new HostileInputs(caseSeed).nluParseBody();
            assertNoServerErrorAndProblems(bot.post("/api/nlu/parse", body, null),
                    context("nlu parse", caseSeed, body));
        });
    }

    @TestFactory
    @Order(4)
    Stream<DynamicTest> theSimulatorNeverAnswers5xx() {
        return cases("simulator", 400, caseSeed -> {
            byte[] body = new HostileInputs(caseSeed).simulatorBody();
            assertNoServerErrorAndProblems(bot.post("/api/simulator/messages", body, null),
                    context("simulator", caseSeed, body));
        });
    }

    @TestFactory
    @Order(5)
    Stream<DynamicTest> theAdminApiNeverAnswers5xx() {
        StaffAccounts accounts = bot.bean(StaffAccounts.class);
        accounts.create("fuzz-admin", "fuzz admin password 1", StaffRole.ADMIN, "test", Instant.now());
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                "fuzz-admin:fuzz admin password 1".getBytes(StandardCharsets.UTF_8));
        return cases("admin api", 300, caseSeed -> {
            HostileInputs.AdminRequest request = new HostileInputs(caseSeed).adminRequest();
            HttpResponse<String> response = bot.send(request.method(), request.path(), request.body(), basic);
            String context = context("admin api " + request.method() + " " + request.path(), caseSeed,
                    request.body());
            assertThat(response.statusCode()).as("signed in as admin: " + context).isNotIn(401, 403);
            assertNoServerErrorAndProblems(response, context);
        });
    }

    @Test
    @Order(6)
    void stillAnswersAndLeaksNothing() throws InterruptedException {
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
        assertThat(replyBodies()).as("requests to LINE caused by unsigned bodies (seed %d)", seed)
                .noneMatch(body -> UNSIGNED_REPLY_TOKENS.stream().anyMatch(body::contains));

        List<String> lines = LOG.lines();
        log.info("Fuzz cases: {}; log lines scanned: {}", new TreeMap<>(TRIES), lines.size());
        assertThat(lines).as("the capture saw the refusals it should scan").isNotEmpty();
        assertThat(lines).as("log lines with a user id").noneMatch(l -> USER_ID.matcher(l).find());
        assertThat(lines).as("log lines with an e-mail address").noneMatch(l -> EMAIL.matcher(l).find());
        assertThat(lines).as("log lines with a phone number").noneMatch(l -> PHONE.matcher(l).find());
        assertThat(lines).as("log lines with the channel token")
                .noneMatch(l -> l.contains(KyodoIntegrationTest.CHANNEL_TOKEN));
        assertThat(lines).as("log lines with a planted message").noneMatch(l -> HostileInputs.PLANTED.stream()
                .anyMatch(l::contains));
    }

    /** {@code count} cases of one kind, each generated only when it runs, so large bodies are not all held at once. */
    private static Stream<DynamicTest> cases(String kind, int count, LongConsumer check) {
        return IntStream.range(0, count).mapToObj(index -> {
            long caseSeed = HostileInputs.caseSeed(seed, kind, index);
            return dynamicTest(kind + " #" + index + " (case seed " + caseSeed + ")", () -> {
                TRIES.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                check.accept(caseSeed);
            });
        });
    }

    private static String context(String kind, long caseSeed, byte[] body) {
        return String.format("%s, case seed %d of run seed %d (-D%s=%d), %d-byte body", kind, caseSeed, seed,
                SEED_PROPERTY, seed, body.length);
    }

    private static void assertNoServerErrorAndProblems(HttpResponse<String> response, String context) {
        assertThat(response.statusCode()).as(context).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertProblemJson(response, context);
        }
    }

    private static void assertProblemJson(HttpResponse<String> response, String context) {
        assertThat(response.headers().firstValue("Content-Type")).as(context).hasValueSatisfying(
                type -> assertThat(type).as(context).startsWith("application/problem+json"));
    }

    private static List<String> replyBodies() {
        List<String> bodies = new ArrayList<>();
        for (LoggedRequest request : line.requests(LineApiMock.REPLY)) {
            bodies.add(request.getBodyAsString());
        }
        return bodies;
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
