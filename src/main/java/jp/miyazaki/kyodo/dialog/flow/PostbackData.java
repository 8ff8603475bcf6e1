package jp.miyazaki.kyodo.dialog.flow;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The data a button sends back, as a URL query string (at most
 * {@link jp.miyazaki.kyodo.line.LineLimits#POSTBACK_DATA_LENGTH} characters):
 * {@code flow=signup&slot=people&value=2} answers a slot, {@code intent=volunteer.signup&opportunity=OPP-12}
 * starts the flow of an intent with slots already filled (what catalog cards use).
 */
public final class PostbackData {

    public static final String INTENT = "intent";
    public static final String FLOW = "flow";
    public static final String SLOT = "slot";
    public static final String VALUE = "value";

    private PostbackData() {
    }

    public static String forSlot(String flow, String slot, String value) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(FLOW, flow);
        fields.put(SLOT, slot);
        if (value != null) {
            fields.put(VALUE, value);
        }
        return encode(fields);
    }

    public static String forIntent(String intent, Map<String, String> slots) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(INTENT, intent);
        fields.putAll(slots);
        return encode(fields);
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Reads data written by {@link #encode}; pieces without {@code =} are ignored. */
    public static Map<String, String> decode(String data) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (data == null || data.isBlank()) {
            return fields;
        }
        for (String piece : data.split("&")) {
            int eq = piece.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(piece.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(piece.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
