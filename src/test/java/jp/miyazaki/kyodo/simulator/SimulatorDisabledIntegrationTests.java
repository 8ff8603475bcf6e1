package jp.miyazaki.kyodo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/** With LINE credentials and KYODO_SIMULATOR_ENABLED unset (production), nothing of the simulator is there. */
class SimulatorDisabledIntegrationTests extends KyodoIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"{\"userId\":\"U0123456789abcdef0123456789abcdef\",\"text\":\"こんにちは\"}",
        "{\"userId\":", "{}"})
    void theApiAnswersNotFound(String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/simulator/messages"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(keysLeftByCitizens()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/simulator", "/simulator/", "/simulator/simulator.js", "/simulator/simulator.css",
        "/api/simulator/messages", "/api/simulator/anything"})
    void thePageAndItsFilesAnswerNotFound(String path) {
        assertThat(get(path).statusCode()).isEqualTo(404);
    }
}
