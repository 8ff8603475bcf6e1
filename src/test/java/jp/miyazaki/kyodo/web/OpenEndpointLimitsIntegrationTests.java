package jp.miyazaki.kyodo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * The endpoints that need no sign-in read at most 16 KB of body, announced or not, and answer 413 problem JSON
 * beyond; a {@code referenceTime} far from today is a 400, not a 500.
 */
class OpenEndpointLimitsIntegrationTests extends KyodoIntegrationTest {

    private static final int LIMIT = 16 * 1024;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    private JsonMapper json;

    @Test
    void bodiesOverSixteenKilobytesAreRefusedUnreadWithOrWithoutALength() {
        String tooLong = "{\"text\": \"こんにちは\"" + " ".repeat(LIMIT) + "}";
        for (String path : new String[] {"/api/nlu/parse", "/api/simulator/messages"}) {
            for (boolean announced : new boolean[] {true, false}) {
                HttpResponse<String> refused = post(path, tooLong, announced);

                assertThat(refused.statusCode()).as(path + " announced=" + announced).isEqualTo(413);
                assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(read(refused).get("status").asInt()).isEqualTo(413);
            }
        }
    }

    @Test
    void aBodyJustUnderTheLimitIsReadWhole() {
        String padded = "{\"text\": \"青島でボランティアを探しています\", \"referenceTime\": \"2026-12-01T10:00:00+09:00\""
                + " ".repeat(LIMIT - 200) + "}";

        HttpResponse<String> parsed = post("/api/nlu/parse", padded, false);

        assertThat(padded.getBytes(StandardCharsets.UTF_8).length).isLessThan(LIMIT);
        assertThat(parsed.statusCode()).isEqualTo(200);
        assertThat(parsed.body()).contains("\"district\":\"青島\"");
    }

    @Test
    void aReferenceTimeFarFromTodayIsABadRequest() {
        for (String time : new String[] {"+999999999-12-31T23:59:59+09:00", "-999999999-01-01T00:00:00+09:00",
                "2500-01-01T00:00:00+09:00"}) {
            HttpResponse<String> refused = post("/api/nlu/parse",
                    "{\"text\": \"来週の土曜日に参加したい\", \"referenceTime\": \"" + time + "\"}", true);

            assertThat(refused.statusCode()).as(time).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(read(refused).get("detail").asString()).contains("referenceTime");
        }
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    /** A JSON post; {@code announced} false sends it chunked, without Content-Length. */
    private HttpResponse<String> post(String path, String body, boolean announced) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher publisher = announced ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/json").POST(publisher).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
