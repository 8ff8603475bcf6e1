package jp.miyazaki.kyodo.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import redis.embedded.RedisServer;

/**
 * A real redis-server for tests, started once per JVM on a free port from the embedded-redis jar, so tests need
 * nothing installed. Tests that need isolation use their own key prefix or {@code FLUSHALL}.
 */
public final class RedisTestServer {

    private static RedisTestServer shared;

    private final int port;
    private RedisServer server;

    private RedisTestServer(int port) {
        this.port = port;
        this.server = startOn(port);
    }

    private static RedisServer startOn(int port) {
        try {
            RedisServer server = RedisServer.newRedisServer().bind("127.0.0.1").port(port)
                    .setting("save \"\"").setting("appendonly no").build();
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded redis-server", e);
        }
    }

    /** Starts the server again on the same port after {@link #stop()}, empty, as after a crash without AOF. */
    public void restart() {
        server = startOn(port);
    }

    /** The server shared by every test in this JVM; stopped when the JVM exits. */
    public static synchronized RedisTestServer shared() {
        if (shared == null) {
            shared = start();
            RedisTestServer started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
        }
        return shared;
    }

    /** A server of its own, for tests that stop and restart Redis. */
    public static RedisTestServer start() {
        return new RedisTestServer(freePort());
    }

    public int port() {
        return port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public void stop() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
