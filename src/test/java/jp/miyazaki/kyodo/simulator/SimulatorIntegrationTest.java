package jp.miyazaki.kyodo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.test.context.TestPropertySource;

import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * The whole app with LINE credentials and the simulator switched on, as on a staging server. Every simulator
 * test class extends this with the same properties, so they share one Spring context.
 */
@TestPropertySource(properties = {"kyodo.simulator.enabled=true", "kyodo.simulator.lock-wait=400ms"})
abstract class SimulatorIntegrationTest extends KyodoIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Sends one simulator request (userId and text, postback or event) and returns the messages LINE would get. */
    protected JsonNode messages(Map<String, String> request) {
        try {
            HttpResponse<String> response = simulate(JSON.writeValueAsString(request));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body()).path("messages");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected HttpResponse<String> simulate(String json) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/simulator/messages")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
