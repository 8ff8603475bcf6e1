package jp.miyazaki.kyodo.dialog;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What a citizen did in the chat, independent of how it reached us (LINE webhook or simulator). */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(UserInput.Text.class), @JsonSubTypes.Type(UserInput.Postback.class),
    @JsonSubTypes.Type(UserInput.Follow.class), @JsonSubTypes.Type(UserInput.Unfollow.class),
    @JsonSubTypes.Type(UserInput.Unreadable.class), @JsonSubTypes.Type(UserInput.Location.class)
})
public sealed interface UserInput {

    /** A text message. */
    record Text(String text) implements UserInput {
    }

    /** A tap on a button or quick reply that carries data; {@code params} holds a date picker's choice. */
    record Postback(String data, Map<String, String> params) implements UserInput {
        public Postback {
            params = params == null ? Map.of() : Map.copyOf(params);
        }
    }

    /** The citizen added the bot as a friend (or unblocked it). */
    record Follow() implements UserInput {
    }

    /** The citizen blocked the bot; nothing can be sent back. */
    record Unfollow() implements UserInput {
    }

    /**
     * A shared location (LINE's 位置情報, or the simulator's): WGS 84 degrees and, when LINE gives one, the address
     * the citizen's phone wrote for it. A location outside the earth's ranges is no location: the constructor
     * refuses it, so the webhook skips it and the simulator answers 400.
     */
    record Location(double latitude, double longitude, String address) implements UserInput {
        public Location {
            if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
                throw new IllegalArgumentException("not a location on the earth: " + latitude + ", " + longitude);
            }
            address = address == null || address.isBlank() ? null : address.strip();
        }

        /** {@code latitude,longitude}, as a flow's {@code location} slot holds it (e.g. {@code 32.0286,131.4265}). */
        public String value() {
            return plain(latitude) + "," + plain(longitude);
        }

        private static String plain(double degrees) {
            return BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
        }
    }

    /** A message the bot cannot read, such as a sticker or image; {@code kind} names it. */
    record Unreadable(String kind) implements UserInput {
    }
}
