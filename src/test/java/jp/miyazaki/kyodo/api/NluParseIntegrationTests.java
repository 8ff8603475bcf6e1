package jp.miyazaki.kyodo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/** On the running app, understanding names the catalog's own activities and grants a message mentions. */
class NluParseIntegrationTests extends KyodoIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void namesTheActivityAndGrantFromTheSampleCatalog() throws Exception {
        assertThat(parse("青島海岸ビーチクリンに申し込みたい"))
                .contains("\"opportunity\":\"青島海岸ビーチクリーン\"").contains("\"district\":\"青島\"");
        assertThat(parse("地域コミュニティ活動交付金の締め切りはいつですか"))
                .contains("\"grant\":\"地域コミュニティ活動交付金\"").contains("\"name\":\"grant.deadline\"");
        assertThat(parse("今日の天気は？")).doesNotContain("\"opportunity\"").doesNotContain("\"grant\"");
    }

    private String parse(String text) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/nlu/parse"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text
                        + "\",\"referenceTime\":\"2026-12-01T10:00:00+09:00\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
