package jp.miyazaki.kyodo.simulator;

import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.batch;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.newId;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Facility;
import jp.miyazaki.kyodo.catalog.GeoPoint;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.SimulatorMessages;

/**
 * Places near me as the app ships: a LINE location message through a signed {@code /callback} (WireMock checks
 * every reply against LINE's OpenAPI document), the 「近くの公民館」 cue with its quick-reply location button, the
 * simulator's location, map links and the location message of a detail view, and positions in the admin API.
 */
class PlacesNearMeIntegrationTests extends SimulatorIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Between 住吉 and 佐土原, north of the city centre: 佐土原公民館 is the nearest sample facility (about 4 km). */
    private static final double NEAR_SADOWARA_LATITUDE = 31.990;
    private static final double NEAR_SADOWARA_LONGITUDE = 131.430;
    private static final String PASSWORD = "a staff password 456";

    @Autowired
    private StaffAccounts accounts;

    @Autowired
    private CatalogRepository catalog;

    @Test
    void aLocationMessageNearSadowaraThroughTheWebhookListsSadowarasFacilityFirstWithDistances() throws Exception {
        String token = newId();
        assertThat(deliverSigned(batch(location("Unear0000000000000000000000000001", token,
                "{\"latitude\":" + NEAR_SADOWARA_LATITUDE + ",\"longitude\":" + NEAR_SADOWARA_LONGITUDE
                        + ",\"address\":\"宮崎県宮崎市佐土原町\",\"title\":\"現在地\"}"))).statusCode())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> !LINE.requests(LineApiMock.REPLY).isEmpty());
        JsonNode reply = JSON.readTree(LINE.requests(LineApiMock.REPLY).get(0).getBodyAsString());
        assertThat(reply.path("replyToken").asText()).isEqualTo(token);
        JsonNode messages = reply.path("messages");
        assertThat(SimulatorMessages.texts(messages).get(0)).contains("近い順");
        List<String> facilities = cardTitles(messages.get(1));
        assertThat(facilities.get(0)).isEqualTo("佐土原公民館");
        assertThat(facilities).hasSizeGreaterThan(1).doesNotHaveDuplicates();
        List<String> distances = cardBodies(messages.get(1));
        assertThat(distances).allSatisfy(body -> assertThat(body).containsPattern("^\\d+(\\.\\d)?km・|^\\d+m・"));
        assertThat(kilometres(distances.get(0))).isBetween(3.5, 5.0);
        assertThat(kilometres(distances)).isSorted();
        List<String> activities = cardTitles(messages.get(2));
        assertThat(activities).isNotEmpty();
        assertThat(kilometres(cardBodies(messages.get(2)))).isSorted();
        assertThat(messages.get(1).toString())
                .contains("https://www.google.com/maps/search/?api=1&query=32.0286%2C131.4265");
        assertThat(LINE.requests(LineApiMock.PUSH)).isEmpty();
    }

    @Test
    void aMalformedLocationEventIsSkippedAndTheRestOfTheBatchIsAnswered() throws Exception {
        String user = "Umalformed00000000000000000000001";
        String skippedToken = newId();
        String greetingToken = newId();
        String noLongitude = location(user, skippedToken, "{\"latitude\":31.99,\"address\":\"どこか\",\"title\":\"x\"}");
        String offTheEarth = location(user, skippedToken,
                "{\"latitude\":231.99,\"longitude\":131.43,\"title\":\"x\"}");
        String greeting = text(user, "こんにちは", System.currentTimeMillis(), newId(), greetingToken, "active", false);

        HttpResponse<String> response = deliverSigned(batch(noLongitude, offTheEarth, greeting));

        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> LINE.requests(LineApiMock.REPLY).stream()
                .anyMatch(reply -> reply.getBodyAsString().contains(greetingToken)));
        Thread.sleep(400);
        // Only this batch's replies count: a reply of an earlier test that LINE's mock was slow to take may be retried.
        List<String> ours = LINE.requests(LineApiMock.REPLY).stream().map(reply -> reply.getBodyAsString())
                .filter(body -> body.contains(greetingToken) || body.contains(skippedToken)).toList();
        assertThat(ours).singleElement().satisfies(body -> assertThat(body).contains(greetingToken)
                .doesNotContain("近い順"));
    }

    @Test
    void askingForSomethingNearbyOffersTheLocationButtonAndTheSharedLocationAnswersIt() {
        String user = "Uneartalk000000000000000000000001";
        JsonNode asked = messages(Map.of("userId", user, "text", "この近くでボランティアできるところある？"));

        JsonNode item = asked.get(asked.size() - 1).path("quickReply").path("items").get(0);
        assertThat(item.path("action").path("type").asText()).isEqualTo("location");
        assertThat(item.path("action").path("label").asText()).isEqualTo("位置情報を送る");

        JsonNode answer = location(user, 32.030, 131.428, null);
        List<String> titles = new ArrayList<>();
        answer.forEach(message -> titles.addAll(cardTitles(message)));
        // Asked for volunteering: activities come first, here 佐土原's own.
        assertThat(answer.get(1).path("altText").asText()).contains("活動");
        assertThat(cardBodies(answer.get(1)).get(0)).contains("佐土原");
        assertThat(answer.get(2).path("altText").asText()).contains("施設");
        assertThat(cardTitles(answer.get(2)).get(0)).isEqualTo("佐土原公民館");
    }

    @Test
    void nearbyWordsOutsideTheBotsErrandsOrWithADistrictAreLeftToTheUnderstanding() {
        String user = "Unearnot000000000000000000000001";
        for (String said : new String[] {"この近くにガソリンスタンドある？", "青島の近くの公民館を教えて"}) {
            JsonNode answer = messages(Map.of("userId", user, "text", said));
            assertThat(answer.toString()).as(said).doesNotContain("\"type\":\"location\"");
        }
        JsonNode aoshima = messages(Map.of("userId", user, "text", "青島の近くの公民館を教えて"));
        assertThat(aoshima.toString()).contains("青島地域センター");
    }

    @Test
    void theSimulatorTakesALocationAndTheDetailViewSendsTheFacilityAsALocationMessage() {
        String user = "Unearsim0000000000000000000000001";
        JsonNode answer = location(user, 32.0286, 131.4265, "宮崎市佐土原町下田島");
        assertThat(cardTitles(answer.get(1)).get(0)).isEqualTo("佐土原公民館");
        assertThat(cardBodies(answer.get(1)).get(0)).startsWith("10m・");

        JsonNode details = messages(Map.of("userId", user, "postback",
                SimulatorMessages.buttonData(answer, "佐土原公民館", "詳細")));
        JsonNode map = messages(Map.of("userId", user, "postback",
                SimulatorMessages.quickReplyData(details, "地図を送る")));

        assertThat(map.get(0).path("type").asText()).isEqualTo("location");
        assertThat(map.get(0).path("title").asText()).isEqualTo("佐土原公民館");
        assertThat(map.get(0).path("latitude").asDouble()).isEqualTo(32.0286);
        assertThat(map.get(0).path("longitude").asDouble()).isEqualTo(131.4265);
        assertThat(map.get(0).path("address").asText()).isNotBlank();
    }

    @Test
    void theSimulatorRefusesALocationWithoutBothNumbersOrOffTheEarth() {
        for (String wrong : new String[] {"{\"latitude\":31.9}", "{\"latitude\":91,\"longitude\":131.4}",
                "{\"latitude\":31.9,\"longitude\":-181}"}) {
            HttpResponse<String> response = simulate("{\"userId\":\"Unearbad\",\"location\":" + wrong + "}");
            assertThat(response.statusCode()).as(wrong).isEqualTo(400);
            assertThat(response.body()).contains("location");
        }
        assertThat(simulate("{\"userId\":\"Unearbad\",\"text\":\"こんにちは\",\"location\":{\"latitude\":31.9,"
                + "\"longitude\":131.4}}").statusCode()).isEqualTo(400);
    }

    @Test
    void staffGiveAndChangePositionsThroughTheAdminApiAndWrongOnesAreRefusedWith400() throws Exception {
        accounts.create("minami", PASSWORD, StaffRole.STAFF, "test", Instant.now());
        AdminApi staff = AdminApi.basic(port, "minami", PASSWORD);
        String facility = "{\"name\":\"那珂地区の集会所\",\"kind\":\"集会所\",\"district\":\"佐土原\","
                + "\"address\":\"宮崎市佐土原町\",%s}";

        HttpResponse<String> created = staff.post("/api/admin/facilities",
                facility.formatted("\"location\":{\"latitude\":32.05,\"longitude\":131.44}"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).path("id").asText();
        JsonNode read = JSON.readTree(staff.get("/api/admin/facilities/" + id).body());
        assertThat(read.path("location").path("latitude").asDouble()).isEqualTo(32.05);
        assertThat(read.path("location").path("longitude").asDouble()).isEqualTo(131.44);

        HttpResponse<String> moved = staff.put("/api/admin/facilities/" + id,
                facility.formatted("\"location\":{\"latitude\":32.06,\"longitude\":131.45}"));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(JSON.readTree(moved.body()).path("location").path("latitude").asDouble()).isEqualTo(32.06);
        assertThat(staff.get("/api/admin/audit").body()).contains("位置（緯度,経度）").contains("32.05,131.44")
                .contains("32.06,131.45");
        HttpResponse<String> unplaced = staff.put("/api/admin/facilities/" + id, facility.formatted("\"phone\":\"\""));
        assertThat(JSON.readTree(unplaced.body()).path("location").isNull()).isTrue();

        for (String wrong : new String[] {"{\"latitude\":32.05}", "{\"longitude\":131.44}",
                "{\"latitude\":90.5,\"longitude\":131.44}", "{\"latitude\":32.05,\"longitude\":-180.5}",
                "{\"latitude\":\"北緯32度\",\"longitude\":131.44}"}) {
            HttpResponse<String> refused = staff.post("/api/admin/facilities",
                    facility.formatted("\"location\":" + wrong));
            assertThat(refused.statusCode()).as(wrong).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).as(wrong)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }

        String opportunity = """
                {"kind":"volunteer","title":"巨田池の清掃","category":"environment","district":"佐土原",
                 "place":"巨田池","start":"2030-05-01T09:00:00+09:00","end":"2030-05-01T11:00:00+09:00",
                 "capacity":10,"address":"宮崎市佐土原町上田島",%s}""";
        HttpResponse<String> activity = staff.post("/api/admin/opportunities",
                opportunity.formatted("\"location\":{\"latitude\":32.07,\"longitude\":131.43}"));
        assertThat(activity.statusCode()).as(activity.body()).isEqualTo(201);
        JsonNode saved = JSON.readTree(activity.body()).path("opportunity");
        assertThat(saved.path("address").asText()).isEqualTo("宮崎市佐土原町上田島");
        assertThat(saved.path("location").path("longitude").asDouble()).isEqualTo(131.43);
        assertThat(staff.post("/api/admin/opportunities",
                opportunity.formatted("\"location\":{\"latitude\":-91,\"longitude\":131.43}")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void staffGiveAPositionInTheConsoleFormAndHalfAPositionIsRefusedInJapanese() {
        accounts.create("kaede", PASSWORD, StaffRole.STAFF, "test", Instant.now());
        ConsoleSession console = ConsoleSession.signedIn(port, "kaede", PASSWORD);
        String csrf = ConsoleSession.csrf(console.getPage("/admin/facilities/new").body());

        HttpResponse<String> half = console.postForm("/admin/facilities/new", Map.of("name", "那珂の集会所",
                "kind", "集会所", "district", "佐土原", "latitude", "32.05", "longitude", "", "_csrf", csrf));
        assertThat(half.statusCode()).isEqualTo(200);
        assertThat(half.body()).contains("両方を半角の数字で入力するか、両方とも空にしてください");
        assertThat(catalog.listFacilities()).extracting(Facility::name).doesNotContain("那珂の集会所");

        HttpResponse<String> saved = console.postForm("/admin/facilities/new", Map.of("name", "那珂の集会所",
                "kind", "集会所", "district", "佐土原", "latitude", "32.05", "longitude", "131.44", "_csrf", csrf));
        assertThat(saved.statusCode()).isIn(302, 303);
        Facility facility = catalog.listFacilities().stream().filter(f -> f.name().equals("那珂の集会所"))
                .findFirst().orElseThrow();
        assertThat(facility.location()).isEqualTo(new GeoPoint(32.05, 131.44));
        assertThat(console.getPage("/admin/facilities/" + facility.id() + "/edit").body())
                .contains("value=\"32.05\"").contains("value=\"131.44\"");
    }

    private JsonNode location(String user, double latitude, double longitude, String address) {
        try {
            Map<String, Object> location = new java.util.LinkedHashMap<>();
            location.put("latitude", latitude);
            location.put("longitude", longitude);
            if (address != null) {
                location.put("address", address);
            }
            HttpResponse<String> response = simulate(JSON.writeValueAsString(Map.of("userId", user,
                    "location", location)));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body()).path("messages");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A location message event as LINE sends it, with {@code message} holding the location's fields. */
    private static String location(String user, String replyToken, String fields) {
        return """
                {"type":"message","message":%s,"webhookEventId":"%s","deliveryContext":{"isRedelivery":false},\
                "timestamp":%d,"source":{"type":"user","userId":"%s"},"replyToken":"%s","mode":"active"}"""
                .formatted(fields.replaceFirst("^\\{", "{\"type\":\"location\",\"id\":\"4711\","), newId(),
                        System.currentTimeMillis(), user, replyToken);
    }

    private static List<String> cardTitles(JsonNode message) {
        List<String> titles = new ArrayList<>();
        message.path("contents").path("contents").forEach(bubble -> titles.add(
                bubble.path("body").path("contents").path(0).path("text").asText()));
        return titles;
    }

    private static List<String> cardBodies(JsonNode message) {
        List<String> bodies = new ArrayList<>();
        message.path("contents").path("contents").forEach(bubble -> bodies.add(
                bubble.path("body").path("contents").path(1).path("text").asText()));
        return bodies;
    }

    private static double kilometres(String body) {
        String distance = body.substring(0, body.indexOf('・'));
        return distance.endsWith("km") ? Double.parseDouble(distance.replace("km", ""))
                : Double.parseDouble(distance.replace("m", "")) / 1000;
    }

    private static List<Double> kilometres(List<String> bodies) {
        return bodies.stream().map(PlacesNearMeIntegrationTests::kilometres).toList();
    }
}
