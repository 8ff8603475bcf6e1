package jp.miyazaki.kyodo.session;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;

import redis.embedded.core.ExecutableProvider;

/**
 * A real redis-server of this instance alone, for a machine with no Redis configured. It listens on loopback
 * only, on a free port, and appends to a file under its folder so a restart keeps the data. The binary is the
 * one in the embedded-redis jar where that is on the class path ({@code ./mvnw spring-boot:run}, the tests);
 * the packaged jar leaves those binaries out to stay small and uses {@code redis-server} from the PATH.
 */
public final class EmbeddedRedis implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);
    private static final long START_TIMEOUT_MS = 15_000;

    private final Process process;
    private final int port;

    private EmbeddedRedis(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static EmbeddedRedis start(Path dataDir) {
        Path executable = executable().orElseThrow(() -> new IllegalStateException(
                "No Redis is configured and no redis-server was found on the PATH: install redis-server "
                        + "or set REDIS_URL"));
        try {
            Path dir = Files.createDirectories(dataDir).toAbsolutePath();
            int port = freePort();
            Process process = new ProcessBuilder(executable.toString(), "--bind", "127.0.0.1", "--port",
                    String.valueOf(port), "--dir", dir.toString(), "--appendonly", "yes", "--save", "")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("redis-server.log").toFile()).start();
            EmbeddedRedis redis = new EmbeddedRedis(process, port);
            redis.awaitReady(dir);
            log.info("Started embedded Redis ({}) on 127.0.0.1:{} with data in {}", executable, port, dataDir);
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded redis-server", e);
        }
    }

    public int port() {
        return port;
    }

    /** SIGTERM, so redis-server flushes its append-only file before it exits. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady(Path dir) throws IOException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited at start-up; see " + dir.resolve("redis-server.log"));
            }
            if (answersPing()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("redis-server did not answer within " + START_TIMEOUT_MS + " ms");
    }

    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return "+PONG".equals(line);
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Path> executable() {
        if (ClassUtils.isPresent("redis.embedded.core.ExecutableProvider", EmbeddedRedis.class.getClassLoader())) {
            return Optional.of(Bundled.unpack());
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .flatMap(dir -> List.of(Path.of(dir, "redis-server"), Path.of(dir, "redis-server.exe")).stream())
                .filter(Files::isExecutable).findFirst();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Only loaded when the embedded-redis jar is on the class path. */
    private static final class Bundled {

        static Path unpack() {
            try {
                return ExecutableProvider.newJarResourceProvider().get().toPath();
            } catch (IOException e) {
                throw new UncheckedIOException("could not unpack redis-server from the embedded-redis jar", e);
            }
        }
    }
}
