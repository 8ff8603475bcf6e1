package jp.miyazaki.kyodo.catalog;

import static jp.miyazaki.kyodo.testsupport.SimulatorMessages.buttonData;
import static jp.miyazaki.kyodo.testsupport.SimulatorMessages.cardTexts;
import static jp.miyazaki.kyodo.testsupport.SimulatorMessages.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.broadcast.CatalogReminders;
import jp.miyazaki.kyodo.broadcast.Reminder;
import jp.miyazaki.kyodo.line.LineGateway;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.subscription.Subscriptions;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.LineOpenApi;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;
import jp.miyazaki.kyodo.testsupport.RunningBot;
import jp.miyazaki.kyodo.testsupport.SimulatedCitizen;

/**
 * Every activity staff can save through the admin API works for citizens. jqwik generates opportunities across
 * the API's valid space (optional fields missing, texts at their maximum length, emoji, half-width kana,
 * {@code <>&"'} and newlines, capacity 0, 1 or more, starting today, within the last hour or over several days),
 * a staff member saves each one with a bearer token, and citizens go through the simulator as they would on LINE:
 * search, details, sign-up to the end (full and waitlisted as the capacity says), the reminder the day before, the
 * notice card staff broadcast, cancelling, and staff deleting it. Grants and facilities with their optional fields
 * left out go through their details, searches and (grants) deadline reminders the same way. No answer is the
 * fallback 「うまく処理できませんでした」 and every message conforms to LINE's OpenAPI document. One app (real
 * redis-server, WireMock as LINE, the sample catalog) serves every try.
 */
class CatalogItemsForCitizensIntegrationTests {

    private static final String FAILURE = "うまく処理できませんでした";
    private static final Map<String, String> KINDS = Map.of("volunteer", "ボランティア", "event", "イベント",
            "course", "講座");
    private static final Map<String, String> CATEGORIES = Map.of("childcare", "子育て", "education", "教育",
            "environment", "環境", "welfare", "福祉", "culture", "文化", "international", "国際交流",
            "community", "地域づくり", "disaster", "防災", "sports", "スポーツ");
    /** Odd but valid text: markup characters, quotes, emoji (surrogate pairs), half-width kana, a newline. */
    private static final List<String> ODD = List.of("<b>&amp;</b> \"引用\" 'x'", "🌸🎋👨‍👩‍👧 花火", "ｿﾞｳｷﾝ ｶﾞｯｺｳ",
            "一行目\n二行目", "　全角空白　", "\\n ${title} {{when}} %s");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger CITIZENS = new AtomicInteger();

    private static RedisTestServer redis;
    private static LineApiMock line;
    private static RunningBot bot;
    private static AdminApi staff;

    private final List<String> created = new ArrayList<>();

    @BeforeContainer
    static void startTheAppAsItShips() {
        redis = RedisTestServer.start();
        line = LineApiMock.start();
        bot = RunningBot.start(redis, line, "--kyodo.broadcast.poll-interval=100ms");
        StaffAccounts accounts = bot.bean(StaffAccounts.class);
        accounts.create("aoi", "an admin password 123", StaffRole.ADMIN, "test", Instant.now());
        accounts.create("hinata", "a staff password 456", StaffRole.STAFF, "test", Instant.now());
        HttpResponse<String> issued = AdminApi.basic(bot.port(), "aoi", "an admin password 123")
                .post("/api/admin/staff/hinata/tokens", "");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        staff = AdminApi.bearer(bot.port(), read(issued.body()).path("token").asText());
    }

    @AfterContainer
    static void stop() {
        bot.close();
        line.close();
        redis.stop();
    }

    @BeforeTry
    void quietLine() {
        line.reset();
    }

    /** Staff delete what the try saved; an activity's remaining sign-ups are told on LINE, as LINE takes it. */
    @AfterTry
    void removeWhatThisTrySaved() {
        created.forEach(path -> assertThat(staff.delete(path).statusCode()).as("staff delete %s", path)
                .isBetween(200, 204));
        created.clear();
        assertThat(line.violations()).as("requests to LINE after the delete").isEmpty();
    }

    @Property(tries = 20, shrinking = ShrinkingMode.BOUNDED)
    void everyActivityStaffCanSaveWorksInEveryCitizenFlow(@ForAll("opportunities") Draft draft) {
        Statistics.label("when").collect(draft.timing());
        Statistics.label("capacity").collect(Math.min(draft.capacity(), 2) + (draft.capacity() >= 2 ? "+" : ""));
        Statistics.label("optional fields left out").collect(draft.missing());
        HttpResponse<String> saved = staff.post("/api/admin/opportunities", draft.json());
        assertThat(saved.statusCode()).as("staff save %s: %s", draft, saved.body()).isEqualTo(201);
        String id = read(saved.body()).path("opportunity").path("id").asText();
        created.add("/api/admin/opportunities/" + id + "?force=true");
        String first = citizen();
        JsonNode details = postback(first, "flow=opportunity-detail&slot=opportunity&value=" + id);
        String firstOutcome = signUp(first, id);
        if (draft.start().isBefore(OffsetDateTime.now(CityTime.ZONE))) {
            // Started activities are no longer offered: a clear "not found, closed" rather than a sign-up.
            assertThat(firstOutcome).as("sign-up for %s, which has started", draft)
                    .doesNotContain(SimulatedCitizen.ACCEPTED);
            return;
        }
        assertThat(details.toString()).as("details of %s", draft).contains(escaped(draft.shownTitle()));
        JsonNode found = say(first, draft.searchPhrase());
        assertThat(cardTexts(found)).as("search %s for %s", draft.searchPhrase(), draft)
                .anySatisfy(card -> assertThat(card).contains(draft.shownTitle()));
        if (draft.capacity() == 0) {
            assertThat(firstOutcome).as("sign-up for %s", draft).contains("キャンセル待ちに登録しました");
        } else {
            assertThat(firstOutcome).as("sign-up for %s", draft).contains(SimulatedCitizen.ACCEPTED);
        }
        String second = citizen();
        String secondOutcome = signUp(second, id);
        assertThat(secondOutcome).as("a second sign-up for %s", draft).contains(draft.capacity() <= 1
                ? "キャンセル待ちに登録しました" : SimulatedCitizen.ACCEPTED);

        if (draft.capacity() > 0) {
            remindedTheDayBefore(draft, id, first);
        }
        broadcastCard(draft, id);
        cancels(first, draft);
        assertThat(line.violations()).as("requests to LINE for %s", draft).isEmpty();
    }

    @Property(tries = 8, shrinking = ShrinkingMode.BOUNDED)
    void everyGrantStaffCanSaveWorksForCitizens(@ForAll("grants") Map<String, Object> grant) {
        String id = savedByStaff("/api/admin/grants", grant);
        String citizen = citizen();
        String name = shown((String) grant.get("name"));

        JsonNode details = postback(citizen, "flow=grant-detail&slot=grant&value=" + id);
        assertThat(details.toString()).as("details of %s", grant).contains(escaped(name));
        say(citizen, "助成金を探しています");
        JsonNode found = say(citizen, "指定しない");
        assertThat(cardTexts(found).size() + texts(found).size()).as("grants found for %s", grant).isPositive();
        say(citizen, "補助金の締め切りはいつですか");

        LocalDate deadline = LocalDate.parse((String) grant.get("deadline"));
        List<Reminder> due = bot.bean(CatalogReminders.class).due(
                deadline.minusDays(14).atStartOfDay(CityTime.ZONE).toInstant(),
                deadline.atStartOfDay(CityTime.ZONE).toInstant()).stream()
                .filter(r -> r.userId().equals(citizen) && r.id().contains(id)).toList();
        assertThat(due).as("the 14- and 3-day deadline reminders for %s", grant).hasSize(2);
        for (Reminder reminder : due) {
            bot.bean(LineGateway.class).push(citizen, reminder.reply(), UUID.randomUUID());
        }
        assertThat(line.pushesTo(citizen)).as("deadline reminders for %s", grant).hasSize(2)
                .allSatisfy(push -> assertThat(sentTexts(push)).contains(name));
        assertThat(line.violations()).as("requests to LINE for %s", grant).isEmpty();
    }

    @Property(tries = 8, shrinking = ShrinkingMode.BOUNDED)
    void everyFacilityStaffCanSaveWorksForCitizens(@ForAll("facilities") Map<String, Object> facility) {
        String id = savedByStaff("/api/admin/facilities", facility);
        String citizen = citizen();
        String name = shown((String) facility.get("name"));

        JsonNode details = postback(citizen, "flow=facility-detail&slot=facility&value=" + id);
        assertThat(texts(details)).as("details of %s", facility).singleElement()
                .satisfies(text -> assertThat(text).contains(name).doesNotContain("（）"));
        say(citizen, "活動に使える場所を探しています");
        String district = (String) facility.get("district");
        JsonNode found = say(citizen, district != null && District.canonical(district).isPresent() ? district
                : "どこでも");
        assertThat(cardTexts(found).size() + texts(found).size()).as("facilities found for %s", facility)
                .isPositive();
        assertThat(cardTexts(found)).as("facility cards for %s", facility)
                .allSatisfy(card -> assertThat(card).doesNotContain("・\n"));
        assertThat(line.violations()).as("requests to LINE for %s", facility).isEmpty();
    }

    /** Saves an item through the staff API; its id. */
    private String savedByStaff(String path, Map<String, Object> fields) {
        HttpResponse<String> saved = staff.post(path, JSON.valueToTree(fields).toString());
        assertThat(saved.statusCode()).as("staff save %s: %s", fields, saved.body()).isEqualTo(201);
        String id = read(saved.body()).path("id").asText();
        created.add(path + "/" + id);
        return id;
    }

    private void remindedTheDayBefore(Draft draft, String id, String citizen) {
        LocalDate day = draft.start().atZoneSameInstant(CityTime.ZONE).toLocalDate();
        List<Reminder> due = bot.bean(CatalogReminders.class).due(
                day.minusDays(1).atStartOfDay(CityTime.ZONE).toInstant(), day.atStartOfDay(CityTime.ZONE).toInstant())
                .stream().filter(r -> r.userId().equals(citizen) && r.id().contains(id)).toList();
        assertThat(due).as("the reminder for %s", draft).hasSize(1);
        assertThat(due.get(0).reply().toString()).contains(draft.shownTitle()).doesNotContain("null");
        bot.bean(LineGateway.class).push(citizen, due.get(0).reply(), UUID.randomUUID());
        assertThat(line.pushesTo(citizen)).as("the reminder pushed for %s", draft)
                .anySatisfy(push -> assertThat(sentTexts(push)).contains(draft.shownTitle()));
    }

    private void broadcastCard(Draft draft, String id) {
        HttpResponse<String> sent = staff.post("/api/admin/broadcasts", JSON.createObjectNode()
                .put("text", "新しい活動のお知らせです。").put("opportunityId", id).put("urgent", true).toString());
        assertThat(sent.statusCode()).as("broadcast for %s: %s", draft, sent.body()).isEqualTo(202);
        String job = read(sent.body()).path("id").asText();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(line.requests(LineApiMock.MULTICAST)).as("the notice card for %s: %s", draft,
                        staff.get("/api/admin/broadcasts/" + job).body())
                        .anySatisfy(request -> assertThat(sentTexts(request.getBodyAsString()))
                                .contains(draft.shownTitle())));
    }

    private void cancels(String citizen, Draft draft) {
        JsonNode mine = say(citizen, "申し込みを確認したい");
        assertThat(cardTexts(mine)).as("my sign-ups for %s", draft)
                .anySatisfy(card -> assertThat(card).contains(draft.shownTitle()));
        postback(citizen, buttonData(mine, escaped(draft.shownTitle()), "キャンセル"));
        assertThat(texts(say(citizen, "はい"))).as("cancelling %s", draft)
                .anySatisfy(text -> assertThat(text).contains("キャンセルしました"));
    }

    /**
     * Goes through the sign-up conversation answering whatever is asked; the whole conversation, each answer after
     * a "> " line of what the citizen sent, the last answer last.
     */
    private String signUp(String citizen, String id) {
        StringBuilder conversation = new StringBuilder("> 申し込む\n");
        JsonNode answer = postback(citizen, "intent=volunteer.signup&opportunity=" + id);
        for (int step = 0; step < 8; step++) {
            String said = String.join("\n", texts(answer));
            conversation.append(said).append('\n');
            String reply;
            if (said.contains("よろしいですか") || said.contains("登録しますか")) {
                reply = "はい";
            } else if (said.contains("お名前")) {
                reply = "宮崎 花子";
            } else if (said.contains("電話番号かメールアドレス")) {
                reply = "090-1234-5678";
            } else if (said.contains("何名")) {
                reply = "1";
            } else {
                return conversation.toString();
            }
            conversation.append("> ").append(reply).append('\n');
            answer = say(citizen, reply);
        }
        throw new AssertionError("the sign-up never ended: " + conversation);
    }

    private static String citizen() {
        String userId = String.format("U%032x", CITIZENS.incrementAndGet());
        bot.bean(Subscriptions.class).follow(userId, List.of(), List.of());
        return userId;
    }

    private static JsonNode say(String userId, String text) {
        return answer(Map.of("userId", userId, "text", text));
    }

    private static JsonNode postback(String userId, String data) {
        return answer(Map.of("userId", userId, "postback", data));
    }

    /** The messages of one simulated event: never the fallback, and valid as a LINE push. */
    private static JsonNode answer(Map<String, String> request) {
        HttpResponse<String> response = bot.simulate(JSON.valueToTree(request).toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode messages = read(response.body()).path("messages");
        assertThat(messages.toString()).as("the answer to %s", request).doesNotContain(FAILURE)
                .doesNotContain("null");
        ObjectNode push = JSON.createObjectNode();
        push.set("messages", messages);
        LineOpenApi.shared().ifPresent(spec -> assertThat(spec.violationsOfPush(push.toString()))
                .as("the answer to %s as LINE sees it: %s", request, messages).isEmpty());
        return messages;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The start of a name as any card shows it (cards may cut long names): its first 8 characters. */
    private static String shown(String name) {
        String first = name.strip().lines().findFirst().orElse("").strip();
        return first.substring(0, first.offsetByCodePoints(0, Math.min(8, first.codePointCount(0, first.length()))));
    }

    /** Every text and alt text of a request to LINE, one a line (LINE's client escapes emoji as \\u pairs). */
    private static String sentTexts(String body) {
        List<String> texts = new ArrayList<>();
        read(body).findValues("text").forEach(text -> texts.add(text.asText()));
        read(body).findValues("altText").forEach(text -> texts.add(text.asText()));
        return String.join("\n", texts);
    }

    /** How a text appears inside a JSON body. */
    private static String escaped(String text) {
        String quoted = JSON.valueToTree(text).toString();
        return quoted.substring(1, quoted.length() - 1);
    }

    // --- generators: the API's valid space ---

    @Provide
    Arbitrary<Draft> opportunities() {
        Arbitrary<String> kind = Arbitraries.of(KINDS.keySet());
        Arbitrary<String> category = Arbitraries.of(CATEGORIES.keySet());
        Arbitrary<String> district = Arbitraries.of(District.NAMES).injectNull(0.3);
        Arbitrary<String> title = text(100).filter(t -> !t.isBlank());
        Arbitrary<Integer> capacity = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0)), net.jqwik.api.Tuple.of(3, Arbitraries.just(1)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(2, 30)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(100_000)));
        Arbitrary<Timing> timing = Arbitraries.of(Timing.values());
        Arbitrary<List<String>> texts = Combinators.combine(kind, category, district, title, optional(text(2000)),
                optional(text(200)), optional(text(100)), optional(contact()))
                .as((k, c, d, t, description, place, organiser, contact) -> java.util.Arrays.asList(k, c, d, t,
                        description, place, organiser, contact));
        return Combinators.combine(texts, capacity, timing).as((t, places, when) -> new Draft(t.get(0), t.get(1),
                t.get(2), t.get(3), t.get(4), t.get(5), t.get(6), t.get(7), places, when));
    }

    @Provide
    Arbitrary<Map<String, Object>> grants() {
        LocalDate today = LocalDate.now(CityTime.ZONE);
        Arbitrary<LocalDate> deadline = Arbitraries.of(today, today.plusDays(3), today.plusDays(14),
                today.plusDays(40));
        Arbitrary<List<String>> categories = Arbitraries.of(CATEGORIES.keySet()).list().ofMaxSize(3).uniqueElements()
                .injectNull(0.2);
        Arbitrary<List<String>> names = text(100).filter(t -> !t.isBlank()).list().ofMaxSize(3).injectNull(0.3);
        Arbitrary<String> url = Arbitraries.of("https://www.city.miyazaki.miyazaki.jp/",
                "https://example.jp/" + repeatTo("a", 1_200), "https://例え.jp/申請/書類?名前=宮崎&x=<y>")
                .injectNull(0.4);
        Arbitrary<List<Object>> parts = Combinators.combine(text(100).filter(t -> !t.isBlank()), optional(text(2000)),
                categories, names, optional(text(100)), deadline,
                Arbitraries.integers().between(-20, 10).injectNull(0.4), names).as((name, purpose, kinds, eligible, amount, last, opensBefore, documents) -> java.util.Arrays
                        .asList(name, purpose, kinds, eligible, amount, last, opensBefore, documents));
        return Combinators.combine(parts, optional(contact()), url).as((p, contact, link) -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            LocalDate last = (LocalDate) p.get(5);
            fields.put("name", p.get(0));
            fields.put("purpose", p.get(1));
            fields.put("categories", p.get(2));
            fields.put("eligibleGroups", p.get(3));
            fields.put("amount", p.get(4));
            fields.put("applicationOpens", p.get(6) == null ? null
                    : java.util.Collections.min(List.of(last, today.plusDays((Integer) p.get(6)))).toString());
            fields.put("deadline", last.toString());
            fields.put("requiredDocuments", p.get(7));
            fields.put("contact", contact);
            fields.put("url", link);
            fields.values().removeIf(java.util.Objects::isNull);
            return fields;
        });
    }

    @Provide
    Arbitrary<Map<String, Object>> facilities() {
        Arbitrary<String> district = Arbitraries.oneOf(Arbitraries.of(District.NAMES), text(40)).injectNull(0.3);
        Arbitrary<List<String>> things = text(100).filter(t -> !t.isBlank()).list().ofMaxSize(4).injectNull(0.3);
        Arbitrary<String> phone = Arbitraries.of("0985-21-1111", "(0985) 21-1111", "+81 985 21 1111", "")
                .injectNull(0.4);
        return Combinators.combine(text(100).filter(t -> !t.isBlank()), text(40).filter(t -> !t.isBlank()), district,
                optional(text(200)), optional(text(200)), things, things, optional(text(500)))
                .as((name, kind, where, address, hours, rooms, equipment, booking) -> {
                    Map<String, Object> fields = new LinkedHashMap<>();
                    fields.put("name", name);
                    fields.put("kind", kind);
                    fields.put("district", where);
                    fields.put("address", address);
                    fields.put("hours", hours);
                    fields.put("rooms", rooms);
                    fields.put("equipment", equipment);
                    fields.put("bookingMethod", booking);
                    fields.values().removeIf(java.util.Objects::isNull);
                    return fields;
                }).flatMap(fields -> phone.map(number -> {
                    Map<String, Object> withPhone = new LinkedHashMap<>(fields);
                    if (number != null) {
                        withPhone.put("phone", number);
                    }
                    return withPhone;
                }));
    }

    /** Up to {@code max} UTF-16 units (as the API counts): plain, odd, or at the maximum length. */
    private static Arbitrary<String> text(int max) {
        Arbitrary<String> plain = Arbitraries.of("清掃ボランティア", "子ども食堂の手伝い", "防災講座", "Beach clean-up");
        Arbitrary<String> odd = Arbitraries.of(ODD);
        Arbitrary<String> longest = Arbitraries.of(ODD).map(seed -> repeatTo(seed + "あ", max));
        Arbitrary<String> mixed = Arbitraries.of("あ", "ア", "亜", "ｱ", "ﾞ", "🌸", "👨‍👩‍👧", "<", ">", "&", "\"", "'",
                "\n", " ", "　", "a", "1").list().ofMinSize(1).ofMaxSize(Math.min(max, 60) / 8)
                .map(parts -> String.join("", parts));
        return Arbitraries.oneOf(plain, odd, longest, mixed);
    }

    private static Arbitrary<String> contact() {
        return Arbitraries.of("0985-21-1111", "volunteer@city.miyazaki.example", "市民活動推進課（内線 1234）",
                repeatTo("☎ 0985-00-0000 ", 200));
    }

    /** Absent, empty, or given. */
    private static Arbitrary<String> optional(Arbitrary<String> given) {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.just(""), given, given);
    }

    /** {@code seed} repeated to exactly {@code length} UTF-16 units, never ending in half a surrogate pair. */
    private static String repeatTo(String seed, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(seed);
        }
        String cut = text.substring(0, length);
        return Character.isHighSurrogate(cut.charAt(length - 1)) ? cut.substring(0, length - 1) + "x" : cut;
    }

    /** When the activity is, relative to now. */
    enum Timing {
        LATER_TODAY, STARTED_IN_THE_LAST_HOUR, TOMORROW_INSTANT, IN_THREE_DAYS, MULTI_DAY;

        OffsetDateTime start(ZonedDateTime now) {
            ZonedDateTime start = switch (this) {
                case LATER_TODAY -> now.plusMinutes(Math.min(90, minutesToMidnight(now) - 5));
                case STARTED_IN_THE_LAST_HOUR -> now.minusMinutes(30);
                case TOMORROW_INSTANT -> now.plusDays(1).withHour(6).withMinute(0);
                case IN_THREE_DAYS -> now.plusDays(3).withHour(9).withMinute(30);
                case MULTI_DAY -> now.plusDays(2).withHour(22).withMinute(0);
            };
            return start.truncatedTo(ChronoUnit.MINUTES).toOffsetDateTime();
        }

        OffsetDateTime end(OffsetDateTime start) {
            return switch (this) {
                case TOMORROW_INSTANT -> start;
                case MULTI_DAY -> start.plusDays(3).plusHours(2);
                default -> start.plusHours(2);
            };
        }

        private static long minutesToMidnight(ZonedDateTime now) {
            return ChronoUnit.MINUTES.between(now, now.toLocalDate().plusDays(1).atStartOfDay(now.getZone()));
        }
    }

    /** An opportunity as staff write it; null fields are left out of the request. */
    record Draft(String kind, String category, String district, String title, String description, String place,
            String organiser, String contact, int capacity, Timing timing, OffsetDateTime start) {

        Draft(String kind, String category, String district, String title, String description, String place,
                String organiser, String contact, int capacity, Timing timing) {
            this(kind, category, district, title, description, place, organiser, contact, capacity, timing,
                    timing.start(ZonedDateTime.now(CityTime.ZONE)));
        }

        String json() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("kind", kind);
            fields.put("title", title);
            fields.put("description", description);
            fields.put("category", category);
            fields.put("district", district);
            fields.put("place", place);
            fields.put("start", start.toString());
            fields.put("end", timing.end(start).toString());
            fields.put("capacity", capacity);
            fields.put("organiser", organiser);
            fields.put("contact", contact);
            fields.values().removeIf(java.util.Objects::isNull);
            return JSON.valueToTree(fields).toString();
        }

        /** How many of the optional fields staff left absent or empty. */
        long missing() {
            return java.util.stream.Stream.of(district, description, place, organiser, contact)
                    .filter(value -> value == null || value.isEmpty()).count();
        }

        /** What a citizen searching for it on its day would write. */
        String searchPhrase() {
            LocalDate day = start.atZoneSameInstant(CityTime.ZONE).toLocalDate();
            return "%d月%d日に%s%sの%sを探しています".formatted(day.getMonthValue(), day.getDayOfMonth(),
                    district == null ? "" : district + "で", CATEGORIES.get(category), KINDS.get(kind));
        }

        /** The start of the title as any card shows it (cards may cut long titles). */
        String shownTitle() {
            return shown(title);
        }

        @Override
        public String toString() {
            return json().replace("\n", "\\n");
        }
    }
}
