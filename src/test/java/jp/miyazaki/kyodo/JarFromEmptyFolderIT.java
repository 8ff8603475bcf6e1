package jp.miyazaki.kyodo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.miyazaki.kyodo.testsupport.RedisTestServer;

/**
 * The jar is the product: {@code java -jar} from an empty folder, with nothing configured (local mode), starts on
 * the dialogs it carries and an embedded Redis, reports healthy and answers a citizen in the simulator, then
 * stops on SIGTERM. Run by failsafe after {@code package} ({@code ./mvnw verify}).
 */
class JarFromEmptyFolderIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsFromAnEmptyFolderInLocalMode(@TempDir Path folder) throws Exception {
        Path jar = packagedJar();
        // 64 MiB until the catalog's import: Apache POI for .xlsx (and Commons CSV) add 18.2 MiB (78.2 MiB, 4 Dec 2026).
        assertThat(Files.size(jar)).as("the jar is lean: at most 82 MiB").isLessThanOrEqualTo(82L * 1024 * 1024);
        int port = RedisTestServer.freePort();
        ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--server.port=" + port).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(folder.resolve("bot.log").toFile());
        Map<String, String> environment = command.environment();
        environment.keySet().removeIf(name -> name.startsWith("LINE_") || name.startsWith("REDIS")
                || name.startsWith("SPRING_") || name.startsWith("KYODO_"));
        Process bot = command.start();
        try {
            // About 40 s on the 2-core machine; the bound leaves room for a machine shared with other builds.
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> send(HttpRequest.newBuilder(url(port, "/actuator/health")).GET()).body()
                            .contains("\"status\":\"UP\""));

            HttpResponse<String> answer = send(HttpRequest.newBuilder(url(port, "/api/simulator/messages"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"Ujar\",\"text\":\"こんにちは\"}")));

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).contains("\"messages\"", "\"text\"");
            assertThat(folder.resolve("dialogs")).doesNotExist();
            assertThat(folder.resolve("data/redis")).isDirectory();
        } finally {
            bot.destroy();
            assertThat(bot.waitFor(30, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
        }
        assertThat(Files.readString(folder.resolve("bot.log"))).contains("Started embedded Redis")
                .doesNotContain("APPLICATION FAILED TO START");
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(file -> file.getFileName().toString().matches("kyodo-bot-.*\\.jar"))
                    .toList();
            assertThat(jars).as("the jar built by ./mvnw package").hasSize(1);
            return jars.get(0).toAbsolutePath();
        }
    }

    private static URI url(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
