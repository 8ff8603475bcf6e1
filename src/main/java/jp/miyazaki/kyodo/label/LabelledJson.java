package jp.miyazaki.kyodo.label;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A {@link Labelled} that JSON (Redis, the admin API) writes as its id and reads from anything
 * {@link Labelled#parse} accepts, as forms and flows send whichever they have.
 */
@JsonDeserialize(using = LabelledJson.Reader.class)
public interface LabelledJson extends Labelled {

    @Override
    @JsonValue
    default String id() {
        return Labelled.super.id();
    }

    /** Reads the constant of the enum Jackson asks for. */
    final class Reader extends ValueDeserializer<Object> {

        private final Class<?> type;

        public Reader() {
            this(null);
        }

        private Reader(Class<?> type) {
            this.type = type;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            return new Reader(context.getContextualType().getRawClass());
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            String text = parser.getValueAsString();
            Optional<?> constant = parse(type, text);
            return constant.isPresent() ? constant.get()
                    : context.handleWeirdStringValue(type, text, "not one of the ids, names or labels");
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Optional<?> parse(Class<?> type, String text) {
            return Labelled.parse((Class) type, text);
        }
    }
}
