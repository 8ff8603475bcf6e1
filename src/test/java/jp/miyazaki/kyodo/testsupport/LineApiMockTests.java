package jp.miyazaki.kyodo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAPI check itself must catch what LINE would refuse, or every "valid" verdict means nothing. */
class LineApiMockTests {

    private static LineApiMock line;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        line = LineApiMock.start();
    }

    @AfterAll
    static void stop() {
        line.close();
    }

    @BeforeEach
    void onlyWithLinesSpecification() {
        assumeTrue(line.validating(), "LINE's OpenAPI document is not beside this checkout");
        line.reset();
    }

    @Test
    void acceptsAWellFormedPush() throws Exception {
        push("""
                {"to":"U1234","messages":[{"type":"text","text":"こんにちは","quickReply":{"items":[
                {"type":"action","action":{"type":"message","label":"探す","text":"探す"}}]}}]}""");

        assertThat(line.violations()).isEmpty();
    }

    @Test
    void catchesAMessageWithoutItsText() throws Exception {
        push("{\"to\":\"U1234\",\"messages\":[{\"type\":\"text\"}]}");

        assertThat(line.violations()).isNotEmpty();
    }

    @Test
    void catchesTooManyMessages() throws Exception {
        String text = "{\"type\":\"text\",\"text\":\"a\"}";
        push("{\"to\":\"U1234\",\"messages\":[" + String.join(",", java.util.Collections.nCopies(6, text)) + "]}");

        assertThat(line.violations()).isNotEmpty();
    }

    @Test
    void catchesAnUnknownField() throws Exception {
        push("{\"to\":\"U1234\",\"messages\":[{\"type\":\"text\",\"text\":\"a\",\"colour\":\"red\"}]}");

        assertThat(line.violations()).isNotEmpty();
    }

    @Test
    void checksRichMenusToo() throws Exception {
        String area = "{\"bounds\":{\"x\":0,\"y\":0,\"width\":833,\"height\":843},"
                + "\"action\":{\"type\":\"postback\",\"label\":\"探す\",\"data\":\"intent=activity.search\"}}";
        post(LineApiMock.RICH_MENU, "{\"size\":{\"width\":2500,\"height\":1686},\"selected\":true,"
                + "\"name\":\"menu\",\"chatBarText\":\"メニュー\",\"areas\":[" + area + "]}");
        assertThat(line.violations()).isEmpty();

        post(LineApiMock.RICH_MENU, "{\"size\":{\"width\":2500,\"height\":1686},\"selected\":true,"
                + "\"name\":\"menu\",\"chatBarText\":\"十五文字を超えるチャットバーの文字列です\",\"areas\":[" + area + "]}");
        assertThat(line.violations()).as("chatBarText over 14 characters").isNotEmpty();
    }

    private void push(String body) throws Exception {
        post(LineApiMock.PUSH, body);
    }

    private void post(String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(line.baseUrl() + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer token")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
