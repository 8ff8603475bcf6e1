package jp.miyazaki.kyodo.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A minimal stand-in for LINE's Messaging API that notes when each reply arrived, by reply token. Lighter than
 * WireMock, so the mock's own cost barely shows in the turn latency.
 */
final class MockLine implements AutoCloseable {

    private static final Pattern REPLY_TOKEN = Pattern.compile("\"replyToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final byte[] SENT = "{\"sentMessages\":[{\"id\":\"461230966842064897\",\"quoteToken\":\"q\"}]}"
            .getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(64);
    private final Map<String, Long> replyArrivals = new ConcurrentHashMap<>();
    private final AtomicInteger replies = new AtomicInteger();
    private volatile long latencyMillis;

    MockLine() throws IOException {
        // Without TCP_NODELAY the JDK server's split header/body writes meet delayed ACKs: ~40 ms per reply.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** When the reply with this token arrived ({@link System#nanoTime()}), or {@code null}. */
    Long arrivalOf(String replyToken) {
        return replyArrivals.get(replyToken);
    }

    /** Makes every reply take this long, as the real LINE does over the internet. */
    void answerAfter(long millis) {
        latencyMillis = millis;
    }

    int replies() {
        return replies.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (exchange.getRequestURI().getPath().equals("/v2/bot/message/reply")) {
                pause();
                Matcher token = REPLY_TOKEN.matcher(body);
                if (token.find()) {
                    replyArrivals.put(token.group(1), arrived);
                }
                replies.incrementAndGet();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, SENT.length);
                out.write(SENT);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(202, 2);
                out.write("{}".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void pause() {
        if (latencyMillis > 0) {
            try {
                Thread.sleep(latencyMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
