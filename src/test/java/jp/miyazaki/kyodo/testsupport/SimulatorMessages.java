package jp.miyazaki.kyodo.testsupport;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads what a citizen sees in the simulator's answer: texts, cards and the data of their buttons. */
public final class SimulatorMessages {

    private SimulatorMessages() {
    }

    /** Every text the citizen reads: plain texts and the questions of confirm templates. */
    public static List<String> texts(JsonNode messages) {
        List<String> texts = new ArrayList<>();
        messages.forEach(message -> {
            if (message.has("text")) {
                texts.add(message.get("text").asText());
            }
            if (message.path("template").has("text")) {
                texts.add(message.path("template").get("text").asText());
            }
        });
        return texts;
    }

    public static List<String> cardTexts(JsonNode messages) {
        List<String> cards = new ArrayList<>();
        messages.forEach(message -> message.path("contents").path("contents").forEach(bubble -> {
            StringBuilder text = new StringBuilder();
            bubble.path("body").path("contents").forEach(part -> text.append(part.path("text").asText()).append('\n'));
            cards.add(text.toString());
        }));
        return cards;
    }

    public static String buttonData(JsonNode messages, String cardTitle, String label) {
        for (JsonNode message : messages) {
            for (JsonNode bubble : message.path("contents").path("contents")) {
                if (bubble.path("body").toString().contains(cardTitle)) {
                    for (JsonNode button : bubble.path("footer").path("contents")) {
                        if (button.path("action").path("label").asText().equals(label)) {
                            return button.path("action").path("data").asText();
                        }
                    }
                }
            }
        }
        throw new AssertionError("no " + label + " button on a card " + cardTitle + " in " + messages);
    }

    public static String quickReplyData(JsonNode messages, String label) {
        for (JsonNode message : messages) {
            for (JsonNode item : message.path("quickReply").path("items")) {
                if (item.path("action").path("label").asText().equals(label)) {
                    return item.path("action").path("data").asText();
                }
            }
        }
        throw new AssertionError("no quick reply " + label + " in " + messages);
    }
}
