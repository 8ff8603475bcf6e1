package jp.miyazaki.kyodo.dialog.flow;

import java.nio.file.Path;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.miyazaki.kyodo.dialog.Wording;

/**
 * The messages of {@code <dialogs>/messages} in use. Loaded at start-up (problems stop the application, listed as
 * {@code file:line: reason}) and replaced together with the flows when {@link FlowRegistry#reload()} succeeds.
 */
public final class MessageCatalog implements Wording {

    private static final Logger log = LoggerFactory.getLogger(MessageCatalog.class);

    private volatile Map<String, Message> messages;

    private MessageCatalog(Map<String, Message> messages) {
        this.messages = Map.copyOf(messages);
    }

    /** Reads and checks every message file; throws {@link InvalidFlowsException} listing every problem. */
    public static MessageCatalog load(Path dialogsDir) {
        MessageCatalog catalog = new MessageCatalog(MessageFiles.load(dialogsDir));
        log.info("Loaded {} messages from {}", catalog.messages.size(), dialogsDir.resolve("messages"));
        return catalog;
    }

    /** Every message in use, by key. */
    public Map<String, Message> messages() {
        return messages;
    }

    @Override
    public String text(String language, String key, Map<String, ?> values) {
        Message message = messages.get(key);
        if (message == null) {
            throw new IllegalArgumentException("No message '" + key + "' in dialogs/messages");
        }
        return Templates.fill(message.text(language), name -> {
            Object value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("Message '" + key + "' (" + message.file() + ":" + message.line()
                        + ") needs a value for {{" + name + "}}");
            }
            return value.toString();
        });
    }

    /** Uses messages read by {@link MessageFiles#load}; called by the registry once a reload has no problems. */
    void use(Map<String, Message> loaded) {
        messages = Map.copyOf(loaded);
    }
}
