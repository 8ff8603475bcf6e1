package jp.miyazaki.kyodo.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.sentinel.api.sync.RedisSentinelCommands;

import redis.embedded.core.ExecutableProvider;

import static org.awaitility.Awaitility.await;

/**
 * One real redis-server process on a free loopback port, started by the test from the embedded-redis jar's
 * binary (so nothing has to be installed), to build topologies: a primary with replicas and sentinels, or a
 * cluster. {@link #kill()} ends it with SIGKILL, as a crashed machine would.
 */
public final class RedisProcess implements AutoCloseable {

    private static File executable;

    private final Process process;
    private final int port;

    private RedisProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** A server with no persistence; {@code settings} are further {@code --name value} arguments. */
    public static RedisProcess server(Path dir, String... settings) {
        int port = RedisTestServer.freePort();
        List<String> command = new ArrayList<>(List.of(executable().getPath(), "--port", String.valueOf(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder(dir, port).toString()));
        command.addAll(List.of(settings));
        return started(command, port);
    }

    /** A sentinel watching {@code master} at {@code masterPort}, declaring it down after one second. */
    public static RedisProcess sentinel(Path dir, String master, int masterPort, int quorum) {
        int port = RedisTestServer.freePort();
        Path folder = folder(dir, port);
        Path config = folder.resolve("sentinel.conf");
        try {
            Files.writeString(config, String.join("\n", "port " + port, "bind 127.0.0.1", "dir " + folder,
                    "sentinel monitor " + master + " 127.0.0.1 " + masterPort + " " + quorum,
                    "sentinel down-after-milliseconds " + master + " 1000",
                    "sentinel failover-timeout " + master + " 5000",
                    "sentinel parallel-syncs " + master + " 1", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return started(List.of(executable().getPath(), config.toString(), "--sentinel"), port);
    }

    public int port() {
        return port;
    }

    public String address() {
        return "127.0.0.1:" + port;
    }

    /** One command on a connection of the test's own to this process alone. */
    public <T> T call(Function<RedisCommands<String, String>, T> command) {
        return on(RedisClient::connect, connection -> command.apply(connection.sync()));
    }

    /** One command to this process as a sentinel. */
    public <T> T callSentinel(Function<RedisSentinelCommands<String, String>, T> command) {
        return on(RedisClient::connectSentinel, connection -> command.apply(connection.sync()));
    }

    private <C extends StatefulConnection<String, String>, T> T on(Function<RedisClient, C> connect,
            Function<C, T> use) {
        RedisClient client = RedisClient.create(RedisURI.create("127.0.0.1", port));
        try (C connection = connect.apply(client)) {
            return use.apply(connection);
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        }
    }

    /** SIGKILL: no shutdown, no save, as when the machine dies. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private static RedisProcess started(List<String> command, int port) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            RedisProcess redis = new RedisProcess(process, port);
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(redis::answersPing);
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
    }

    private boolean answersPing() {
        return "PONG".equals(call(RedisCommands::ping));
    }

    private static Path folder(Path dir, int port) {
        try {
            return Files.createDirectories(dir.resolve(String.valueOf(port))).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized File executable() {
        if (executable == null) {
            try {
                executable = ExecutableProvider.newJarResourceProvider().get();
            } catch (IOException e) {
                throw new UncheckedIOException("could not unpack redis-server from the embedded-redis jar", e);
            }
        }
        return executable;
    }
}
