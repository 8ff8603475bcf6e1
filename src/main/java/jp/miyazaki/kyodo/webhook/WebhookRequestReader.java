package jp.miyazaki.kyodo.webhook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.parser.WebhookParseException;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.Event;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a webhook request with the SDK's {@link WebhookParser}: the signature is checked over the raw bytes
 * before anything is parsed. When a signed batch holds one malformed event, the parser rejects the whole batch;
 * then each event is read on its own, so the malformed one is skipped and the rest still get answers.
 */
final class WebhookRequestReader {

    private static final Logger log = LoggerFactory.getLogger(WebhookRequestReader.class);

    private final WebhookParser parser;
    private final ObjectMapper lineJson = ModelObjectMapper.createNewObjectMapper();

    WebhookRequestReader(WebhookParser parser) {
        this.parser = parser;
    }

    /** The events of a correctly signed body; throws {@link Rejected} for anything LINE would never send. */
    List<Event> read(String signature, byte[] body) throws Rejected {
        try {
            return parser.handle(signature, body).events();
        } catch (WebhookParseException e) {
            // Missing or wrong signature, or a body without "events": the parser checks the signature first.
            throw new Rejected(e.getMessage());
        } catch (IOException | RuntimeException e) {
            // Only reached once the signature is verified: the parser throws nothing else before checking it.
            return readEventByEvent(body);
        }
    }

    private List<Event> readEventByEvent(byte[] body) throws Rejected {
        JsonNode root;
        try {
            root = lineJson.readTree(body);
        } catch (JacksonException e) {
            throw new Rejected("The body is not valid JSON");
        } catch (IOException e) {
            throw new Rejected("The body could not be read");
        }
        if (root == null || !root.path("events").isArray()) {
            throw new Rejected("The body has no events array");
        }
        List<Event> events = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.path("events")) {
            try {
                events.add(lineJson.treeToValue(node, Event.class));
            } catch (JacksonException | IllegalArgumentException e) {
                log.warn("skipped malformed event #{} of a signed batch: {}", index, e.getClass().getSimpleName());
            }
            index++;
        }
        return events;
    }

    /** The request is refused with 400; {@code reason} is safe to show to the caller. */
    static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason);
        }
    }
}
