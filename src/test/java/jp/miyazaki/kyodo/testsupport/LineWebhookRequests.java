package jp.miyazaki.kyodo.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.linecorp.bot.parser.LineSignatureValidator;

/** Builds webhook bodies the way LINE sends them, and signs them with a channel secret. */
public final class LineWebhookRequests {

    public static final String DESTINATION = "U8e742f61d673b39c7fff3cecb7536ef0";

    private LineWebhookRequests() {
    }

    public static String sign(String channelSecret, byte[] body) {
        byte[] signature = new LineSignatureValidator(channelSecret.getBytes(StandardCharsets.UTF_8))
                .generateSignature(body);
        return Base64.getEncoder().encodeToString(signature);
    }

    public static String batch(String... events) {
        return batch(List.of(events));
    }

    public static String batch(List<String> events) {
        return "{\"destination\":\"" + DESTINATION + "\",\"events\":[" + String.join(",", events) + "]}";
    }

    public static String text(String userId, String text, long timestamp) {
        return text(userId, text, timestamp, newId(), newId(), "active", false);
    }

    public static String text(String userId, String text, long timestamp, String eventId, String replyToken,
            String mode, boolean redelivery) {
        return """
                {"type":"message","message":{"type":"text","id":"%s","quoteToken":"q","text":%s},\
                "webhookEventId":"%s","deliveryContext":{"isRedelivery":%s},"timestamp":%d,\
                "source":{"type":"user","userId":"%s"},"replyToken":"%s","mode":"%s"}"""
                .formatted(Math.abs(eventId.hashCode()), quote(text), eventId, redelivery, timestamp, userId,
                        replyToken, mode);
    }

    public static String sticker(String userId, long timestamp) {
        return """
                {"type":"message","message":{"type":"sticker","id":"1","quoteToken":"q","packageId":"446",\
                "stickerId":"1988","stickerResourceType":"STATIC"},"webhookEventId":"%s",\
                "deliveryContext":{"isRedelivery":false},"timestamp":%d,"source":{"type":"user","userId":"%s"},\
                "replyToken":"%s","mode":"active"}""".formatted(newId(), timestamp, userId, newId());
    }

    public static String follow(String userId, long timestamp) {
        return """
                {"type":"follow","follow":{"isUnblocked":false},"webhookEventId":"%s",\
                "deliveryContext":{"isRedelivery":false},"timestamp":%d,"source":{"type":"user","userId":"%s"},\
                "replyToken":"%s","mode":"active"}""".formatted(newId(), timestamp, userId, newId());
    }

    public static String unfollow(String userId, long timestamp) {
        return """
                {"type":"unfollow","webhookEventId":"%s","deliveryContext":{"isRedelivery":false},\
                "timestamp":%d,"source":{"type":"user","userId":"%s"},"mode":"active"}"""
                .formatted(newId(), timestamp, userId);
    }

    public static String postback(String userId, String data, String date, long timestamp) {
        return """
                {"type":"postback","postback":{"data":%s,"params":{"date":"%s"}},"webhookEventId":"%s",\
                "deliveryContext":{"isRedelivery":false},"timestamp":%d,"source":{"type":"user","userId":"%s"},\
                "replyToken":"%s","mode":"active"}""".formatted(quote(data), date, newId(), timestamp, userId,
                newId());
    }

    /** An event type LINE may add in future; the SDK reads it as {@code UnknownEvent}. */
    public static String unknownType(String userId, long timestamp) {
        return """
                {"type":"brandNewThing","webhookEventId":"%s","deliveryContext":{"isRedelivery":false},\
                "timestamp":%d,"source":{"type":"user","userId":"%s"},"mode":"active"}"""
                .formatted(newId(), timestamp, userId);
    }

    public static String newId() {
        return "01" + UUID.randomUUID().toString().replace("-", "").substring(0, 24).toUpperCase();
    }

    private static String quote(String text) {
        return text.chars().mapToObj(c -> c == '"' ? "\\\"" : c == '\\' ? "\\\\"
                : c < 0x20 ? "\\u%04x".formatted(c) : Character.toString(c))
                .collect(Collectors.joining("", "\"", "\""));
    }
}
