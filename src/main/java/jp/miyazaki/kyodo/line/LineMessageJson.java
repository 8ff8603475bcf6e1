package jp.miyazaki.kyodo.line;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.model.Message;

import org.springframework.stereotype.Component;

/**
 * Writes LINE message objects with the SDK's own Jackson 2 mapper, the one its client uses for request bodies,
 * so the JSON is what LINE would receive in {@code messages}.
 */
@Component
public class LineMessageJson {

    private final ObjectMapper mapper = ModelObjectMapper.createNewObjectMapper();

    /** {@code {"messages": [...]}}. */
    public String document(List<Message> messages) {
        try {
            return mapper.writeValueAsString(new Document(messages));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("LINE message objects could not be written as JSON", e);
        }
    }

    /**
     * Declares the list as {@code List<Message>}, as the SDK's request bodies do: that is what makes Jackson write
     * each message's {@code type}, which a bare list of concrete messages would lose.
     */
    private record Document(List<Message> messages) {
    }
}
