package jp.miyazaki.kyodo.dialog;

import java.util.Arrays;
import java.util.List;

/**
 * The bot's answer in its own small language. The {@code line} package renders it to LINE message objects and
 * enforces LINE's limits in one place, so nothing else builds LINE JSON.
 */
public record Reply(List<Part> parts) {

    public static final Reply NONE = new Reply(List.of());

    public Reply {
        parts = List.copyOf(parts);
    }

    public static Reply of(Part... parts) {
        return new Reply(Arrays.asList(parts));
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** One speech bubble (or carousel) of the answer. */
    public sealed interface Part {
    }

    /** Plain text. */
    public record Text(String text) implements Part {
    }

    /** Text followed by quick-reply buttons under the input field. */
    public record Choices(String text, List<Choice> choices) implements Part {
        public Choices {
            choices = List.copyOf(choices);
        }
    }

    /** A horizontally scrolling set of cards. */
    public record Cards(String altText, List<Card> cards) implements Part {
        public Cards {
            cards = List.copyOf(cards);
        }
    }

    /** A yes/no question with two buttons. */
    public record Confirm(String text, Choice yes, Choice no) implements Part {
    }

    /**
     * A place on the map (LINE's location message): its name, its address and where it stands, in WGS 84 degrees.
     */
    public record Place(String title, String address, double latitude, double longitude) implements Part {
    }

    /** One card of a carousel. */
    public record Card(String title, String body, List<Choice> buttons) {
        public Card {
            buttons = List.copyOf(buttons);
        }
    }

    /** A button: what it says and what tapping it does. */
    public record Choice(String label, Action action) {

        public static Choice says(String label) {
            return new Choice(label, new Action.Say(label));
        }

        public static Choice says(String label, String text) {
            return new Choice(label, new Action.Say(text));
        }

        public static Choice postback(String label, String data) {
            return new Choice(label, new Action.Send(data, label));
        }
    }

    /** What tapping a button does. */
    public sealed interface Action {

        /** Sends {@code text} as if the citizen had typed it. */
        record Say(String text) implements Action {
        }

        /** Sends {@code data} to the bot; {@code displayText} is shown in the chat. */
        record Send(String data, String displayText) implements Action {
        }

        /** Opens a date (and time) picker; the choice comes back with {@code data}. */
        record PickDate(String data, PickerMode mode) implements Action {
        }

        /** Opens a web page. */
        record Open(String uri) implements Action {
        }

        /**
         * Opens the phone's location picker; the citizen's choice comes back as a location message. LINE offers
         * it in quick replies only, so buttons elsewhere leave it out.
         */
        record ShareLocation() implements Action {
        }
    }

    /** What a date picker asks for. */
    public enum PickerMode { DATE, TIME, DATETIME }
}
