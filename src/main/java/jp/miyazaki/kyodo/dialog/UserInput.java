package jp.miyazaki.kyodo.dialog;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What a citizen did in the chat, independent of how it reached us (LINE webhook or simulator). */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(UserInput.Text.class), @JsonSubTypes.Type(UserInput.Postback.class),
    @JsonSubTypes.Type(UserInput.Follow.class), @JsonSubTypes.Type(UserInput.Unfollow.class),
    @JsonSubTypes.Type(UserInput.Unreadable.class)
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

    /** A message the bot cannot read, such as a sticker, image or location; {@code kind} names it. */
    record Unreadable(String kind) implements UserInput {
    }
}
