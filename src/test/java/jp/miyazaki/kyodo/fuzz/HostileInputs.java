package jp.miyazaki.kyodo.fuzz;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;

import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineWebhookRequests;

/**
 * Hostile request bodies for the public endpoints, drawn from one seeded {@link SplittableRandom} so that a
 * failing case is replayed exactly from its seed.
 */
final class HostileInputs {

    /** Personal data planted in otherwise valid messages, so the log scan has something to find if it leaks. */
    static final List<String> PLANTED = List.of("090-1234-5678", "taro.miyazaki@example.jp",
            "電話は0985-21-1234です", "連絡先 hanako@example.com 宮崎花子");

    private static final List<String> ODD_TEXTS = List.of("", " ", "\n", "null", "{}", "%s%n", "${jndi:ldap://x}",
            "../../etc/passwd", "2026-02-30T99:00:00+09:00", "9999999999-12-31T00:00:00Z", "ボランティアを探しています",
            "action=signup.start&id=../../x", "a".repeat(20_000));
    private static final char[] ODD_CHARS = {'\uD800', '\uDFFF', '\u0000', '\u202E', '\uFEFF', 'ｱ', '㍻'};
    private static final List<String> JSON_VALUES = List.of("null", "true", "1e999", "-0", "[]", "{}", "[1,2,3]",
            "{\"a\":{\"b\":[]}}", "\"\\ud800\"", "\"\\udc00x\"", "123456789012345678901234567890");
    private static final List<String> ODD_USER_IDS = List.of("", "U", "x".repeat(1_000), "U../../../x", "U*",
            "U\\u0000");
    private static final List<String> BATCH_FIELDS = List.of("events", "type", "message", "text", "timestamp",
            "source", "userId", "replyToken", "webhookEventId", "deliveryContext", "isRedelivery", "mode",
            "destination");
    private static final List<String> SIMULATOR_FIELDS = List.of("text", "postback", "event", "params", "nonsense");
    /** Malformed UTF-8: a lone lead byte, bytes never valid, a CESU-8 surrogate, overlong, beyond U+10FFFF. */
    private static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0xC3},
            new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0x80});

    private final SplittableRandom random;

    HostileInputs(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The seed of one case: depends only on the run's seed, the kind of case and its index. */
    static long caseSeed(long runSeed, String kind, int index) {
        return new SplittableRandom(runSeed ^ ((long) kind.hashCode() << 32 | index)).nextLong();
    }

    /** A body for {@code /callback} that is then correctly signed. */
    byte[] signedCallbackBody() {
        switch (weighted(3, 4, 3, 2, 3, 2, 1)) {
            case 0:
                return randomBytes();
            case 1:
                return utf8(wellFormedBatch());
            case 2:
                return truncated(wellFormedBatch());
            case 3:
                return deeplyNested();
            case 4:
                return utf8(wrongTypes());
            case 5:
                return invalidUtf8();
            default:
                return random.nextBoolean() ? hugeBody() : oversizedBody();
        }
    }

    /** A plausible message with no, an empty, a foreign or a stale signature; its reply token must never reach LINE. */
    UnsignedRequest unsignedRequest() {
        String replyToken = null;
        byte[] body;
        if (weighted(4, 1) == 0) {
            replyToken = "01" + chars('A', 'Z', 26);
            body = utf8(LineWebhookRequests.batch(LineWebhookRequests.text(userIdFrom(replyToken), "ボランティア",
                    System.currentTimeMillis(), LineWebhookRequests.newId(), replyToken, "active", false)));
        } else {
            body = randomBytes();
        }
        String signature;
        switch (random.nextInt(5)) {
            case 0:
                signature = null;
                break;
            case 1:
                signature = "";
                break;
            case 2:
                signature = LineWebhookRequests.sign("0".repeat(32), body);
                break;
            case 3:
                signature = LineWebhookRequests.sign(KyodoIntegrationTest.CHANNEL_SECRET,
                        utf8(new String(body, StandardCharsets.UTF_8) + " "));
                break;
            default:
                signature = Base64.getEncoder().encodeToString(body.length > 4 ? slice(body, 4) : body);
        }
        return new UnsignedRequest(body, signature, replyToken);
    }

    /** A body for {@code /api/nlu/parse}. */
    byte[] nluParseBody() {
        switch (weighted(2, 4, 2, 2, 1, 1)) {
            case 0:
                return randomBytes();
            case 1:
                return utf8("{\"text\":" + json(hostileString()) + "}");
            case 2:
                return utf8("{\"text\":" + json(hostileString()) + ",\"referenceTime\":" + json(hostileString())
                        + "}");
            case 3:
                String value = jsonValue();
                return utf8("{\"text\":" + value + ",\"referenceTime\":" + value + "}");
            case 4:
                return deeplyNested();
            default:
                return invalidUtf8();
        }
    }

    /** Admin API endpoints that take a body, with the fields each reads. */
    private static final List<List<String>> ADMIN_WRITES = List.of(
            List.of("POST", "/api/admin/opportunities", "kind", "title", "category", "district", "start", "end",
                    "capacity"),
            List.of("PUT", "/api/admin/opportunities/opp-001", "title", "capacity", "start", "end"),
            List.of("POST", "/api/admin/grants", "name", "deadline", "categories", "amount"),
            List.of("PUT", "/api/admin/grants/grant-001", "name", "deadline", "opens"),
            List.of("POST", "/api/admin/facilities", "name", "kind", "district", "rooms"),
            List.of("POST", "/api/admin/broadcasts", "text", "segment", "scheduledAt", "opportunityId", "urgent"),
            List.of("POST", "/api/admin/broadcasts/preview", "categories", "districts"),
            List.of("POST", "/api/admin/consultations/C000001/assign", "staff"),
            List.of("POST", "/api/admin/consultations/C000001/reply", "text"),
            List.of("POST", "/api/admin/staff", "username", "password", "role"),
            List.of("POST", "/api/admin/groups", "name", "kind", "districts", "categories", "contact"),
            List.of("PUT", "/api/admin/groups/GRP-1", "name", "kind", "districts", "categories"),
            List.of("POST", "/api/admin/recruitments/R00001/reject", "reason"),
            List.of("POST", "/api/admin/consultations/C000001/expert-match", "expertId"),
            List.of("POST", "/api/admin/experts", "name", "kind", "fields", "districts", "profile", "publicContact",
                    "staffContact"),
            List.of("PUT", "/api/admin/experts/EXP-1", "name", "kind", "fields", "districts"));

    /** A write to the admin API: method, path and a hostile body. */
    AdminRequest adminRequest() {
        List<String> endpoint = pick(ADMIN_WRITES);
        List<String> fields = endpoint.subList(2, endpoint.size());
        byte[] body;
        switch (weighted(1, 5, 2, 1, 1)) {
            case 0:
                body = randomBytes();
                break;
            case 1:
                StringBuilder object = new StringBuilder("{");
                for (String field : fields) {
                    if (random.nextInt(4) != 0) {
                        object.append(object.length() > 1 ? "," : "").append(json(field)).append(':')
                                .append(random.nextBoolean() ? json(hostileString()) : jsonValue());
                    }
                }
                body = utf8(object.append('}').toString());
                break;
            case 2:
                body = utf8(jsonValue());
                break;
            case 3:
                body = deeplyNested();
                break;
            default:
                body = invalidUtf8();
                break;
        }
        return new AdminRequest(endpoint.get(0), endpoint.get(1), body);
    }

    /** One hostile admin API call. */
    record AdminRequest(String method, String path, byte[] body) {
    }

    /** A body for {@code /api/simulator/messages}. */
    byte[] simulatorBody() {
        switch (weighted(1, 5, 2, 1, 1, 1)) {
            case 0:
                return randomBytes();
            case 1:
                return utf8("{\"userId\":" + json(simulatorUser()) + ",\"" + pick(SIMULATOR_FIELDS) + "\":"
                        + json(hostileString()) + "}");
            case 2:
                return utf8("{\"userId\":\"Ufuzz\",\"" + pick(SIMULATOR_FIELDS) + "\":" + jsonValue() + "}");
            case 3:
                return utf8("{\"userId\":\"Ufuzz\",\"postback\":" + json(hostileString()) + ",\"params\":"
                        + jsonValue() + "}");
            case 4:
                return deeplyNested();
            default:
                return invalidUtf8();
        }
    }

    private String simulatorUser() {
        switch (random.nextInt(3)) {
            case 0:
                return "Ufuzz";
            case 1:
                return hostileString();
            default:
                return alphanumeric(1 + random.nextInt(80));
        }
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(2_001)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Texts that stress the analyser and the renderer: long, odd scripts, lone surrogates, control characters. */
    private String hostileString() {
        switch (random.nextInt(6)) {
            case 0:
                return chars(Character.MIN_VALUE, Character.MAX_VALUE, random.nextInt(201));
            case 1:
                return chars(Character.MIN_VALUE, Character.MAX_VALUE, 4_990 + random.nextInt(21));
            case 2:
                return chars('ぁ', 'ヿ', 1 + random.nextInt(5_000));
            case 3:
                return oddChars(random.nextInt(51));
            case 4:
                return pick(PLANTED);
            default:
                return pick(ODD_TEXTS);
        }
    }

    private String oddChars(int length) {
        StringBuilder out = new StringBuilder(length * 2);
        for (int i = 0; i < length; i++) {
            // The bowing emoji stands for characters outside the BMP: a valid surrogate pair.
            int which = random.nextInt(ODD_CHARS.length + 1);
            out.append(which == ODD_CHARS.length ? "🙇" : String.valueOf(ODD_CHARS[which]));
        }
        return out.toString();
    }

    private String jsonValue() {
        return random.nextBoolean() ? pick(JSON_VALUES) : String.valueOf(random.nextInt());
    }

    private String wellFormedBatch() {
        int size = random.nextInt(6);
        List<String> events = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            events.add(event());
        }
        return LineWebhookRequests.batch(events);
    }

    private String event() {
        String user = random.nextBoolean() ? "U" + hex(32) : pick(ODD_USER_IDS);
        String text = hostileString();
        long now = System.currentTimeMillis();
        switch (random.nextInt(8)) {
            case 0:
            case 1:
                return LineWebhookRequests.text(user, text, now);
            case 2:
                return LineWebhookRequests.postback(user, text, "2026-13-45", now);
            case 3:
                return LineWebhookRequests.sticker(user, now);
            case 4:
                return LineWebhookRequests.unknownType(user, now);
            case 5:
                return LineWebhookRequests.follow(user, now);
            case 6:
                return LineWebhookRequests.text(user, text, now).replace("\"type\":\"text\"", "\"type\":\"hologram\"");
            default:
                return LineWebhookRequests.text(user, text, now)
                        .replace("\"type\":\"user\"", "\"type\":\"group\",\"groupId\":\"Cx\"");
        }
    }

    /** A valid batch with a text event and one field's value swapped for a value of another type. */
    private String wrongTypes() {
        String batch;
        do {
            batch = wellFormedBatch();
        } while (!batch.contains("\"text\""));
        String field = pick(BATCH_FIELDS);
        String value = jsonValue();
        return batch.replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\d+|true|false|\\{[^{}]*\\}|\\[)",
                Matcher.quoteReplacement("\"" + field + "\":" + value
                        + (batch.contains("\"" + field + "\":[") ? ",[" : "")));
    }

    private byte[] truncated(String batch) {
        byte[] bytes = utf8(batch);
        return slice(bytes, random.nextInt(Math.max(1, bytes.length)));
    }

    private byte[] deeplyNested() {
        int depth = 100 + random.nextInt(100_000 - 100 + 1);
        return utf8("{\"destination\":\"x\",\"events\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
    }

    /** A valid text event whose text bytes are overwritten with malformed UTF-8 and CESU-8 surrogates. */
    private byte[] invalidUtf8() {
        byte[] bad = pick(BAD_UTF8);
        String marker = "XXXXXXXX";
        byte[] out = utf8(LineWebhookRequests.batch(LineWebhookRequests.text("U" + "b".repeat(32),
                "あ" + marker + "い", System.currentTimeMillis())));
        int at = new String(out, StandardCharsets.ISO_8859_1).indexOf(marker);
        for (int i = 0; i < marker.length(); i++) {
            out[at + i] = bad[i % bad.length];
        }
        return out;
    }

    private static byte[] hugeBody() {
        return utf8(LineWebhookRequests.batch(LineWebhookRequests.text("U" + "c".repeat(32), "海".repeat(200_000),
                System.currentTimeMillis())));
    }

    private static byte[] oversizedBody() {
        return utf8("{\"events\":[],\"destination\":\"" + "x".repeat(1_100_000) + "\"}");
    }

    private static String userIdFrom(String token) {
        return "U" + String.format("%032x", new BigInteger(1, utf8(token)).mod(BigInteger.TWO.pow(128)));
    }

    /** The index of a choice drawn with the given relative weights. */
    private int weighted(int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private String chars(char from, char to, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) (from + random.nextInt(to - from + 1)));
        }
        return out.toString();
    }

    private String hex(int length) {
        return draw("0123456789abcdef", length);
    }

    private String alphanumeric(int length) {
        return draw("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", length);
    }

    private String draw(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] slice(byte[] bytes, int length) {
        byte[] out = new byte[length];
        System.arraycopy(bytes, 0, out, 0, length);
        return out;
    }

    /** A {@code /callback} request whose signature is missing or wrong; {@code replyToken} is null for noise. */
    record UnsignedRequest(byte[] body, String signature, String replyToken) {
    }
}
