package jp.miyazaki.kyodo.dialog.flow;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;

/**
 * The data a button sends back, as a URL query string (at most
 * {@link jp.miyazaki.kyodo.shared.LineLimits#POSTBACK_DATA_LENGTH} characters):
 * {@code flow=signup&slot=people&value=2} answers a slot, {@code intent=volunteer.signup&opportunity=OPP-12}
 * starts the flow of an intent with slots already filled (what catalog cards use).
 */
@NamedInterface("flow")
public final class PostbackData {

    public static final String INTENT = "intent";
    public static final String FLOW = "flow";
    public static final String SLOT = "slot";
    public static final String VALUE = "value";
    /** The page of a question's buttons to show again (a question with more answers than LINE shows at once). */
    public static final String PAGE = "page";

    /** Every slot target Java code declared, checked against the loaded flows at start-up. */
    private static final Set<SlotTarget> DECLARED = ConcurrentHashMap.newKeySet();

    private PostbackData() {
    }

    /**
     * A flow and slot that buttons built in Java start, e.g. {@code grant-detail} with {@code grant}. Declared once
     * as a constant, so {@link PostbackTargetsCheck} can refuse a start where no flow file defines it; the check
     * names the declaring source line.
     */
    public static SlotTarget slotTarget(String flow, String slot) {
        StackWalker.StackFrame caller = StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().equals(PostbackData.class.getName())).findFirst()).orElseThrow();
        String className = caller.getClassName().replaceFirst("\\$.*", "");
        SlotTarget target = new SlotTarget(flow, slot,
                new Problem(className.replace('.', '/') + ".java", caller.getLineNumber(), ""));
        DECLARED.add(target);
        return target;
    }

    static Set<SlotTarget> declared() {
        return Set.copyOf(DECLARED);
    }

    /** A flow and slot Java buttons start; {@code declaredAt} is the source line that declared it. */
    public record SlotTarget(String flow, String slot, Problem declaredAt) {

        /** The data of a button that starts {@code flow} with {@code slot} filled by {@code value}. */
        public String data(String value) {
            return forSlot(flow, slot, value);
        }

        /** As {@link #data(String)}, with {@code more} fields after the value (e.g. the activity rated). */
        public String data(String value, Map<String, String> more) {
            Map<String, String> fields = slotFields(flow, slot, value);
            fields.putAll(more);
            return encode(fields);
        }
    }

    public static String forSlot(String flow, String slot, String value) {
        return encode(slotFields(flow, slot, value));
    }

    private static Map<String, String> slotFields(String flow, String slot, String value) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(FLOW, flow);
        fields.put(SLOT, slot);
        if (value != null) {
            fields.put(VALUE, value);
        }
        return fields;
    }

    /** The button that shows {@code page} of the answers of {@code slot}. */
    public static String forPage(String flow, String slot, int page) {
        Map<String, String> fields = slotFields(flow, slot, null);
        fields.put(PAGE, Integer.toString(page));
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
