package jp.miyazaki.kyodo.dialog.flow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;

import jp.miyazaki.kyodo.dialog.Wording;

/**
 * The messages of {@code <dialogs>/messages} in use. Loaded at start-up (problems stop the application, listed as
 * {@code file:line: reason}) and replaced together with the flows when {@link FlowRegistry#reload()} succeeds.
 * Other modules' {@link MessagesCheck checks} run on every read.
 */
@NamedInterface("flow")
public final class MessageCatalog implements Wording {

    private static final Logger log = LoggerFactory.getLogger(MessageCatalog.class);

    private final List<MessagesCheck> checks;
    private volatile Map<String, Message> messages;

    private MessageCatalog(List<MessagesCheck> checks, Map<String, Message> messages) {
        this.checks = List.copyOf(checks);
        this.messages = Map.copyOf(messages);
    }

    /** Reads and checks every message file; throws {@link InvalidFlowsException} listing every problem. */
    public static MessageCatalog load(Path dialogsDir) {
        return load(dialogsDir, List.of());
    }

    /** As {@link #load(Path)}, and the messages must pass {@code checks} too. */
    public static MessageCatalog load(Path dialogsDir, List<MessagesCheck> checks) {
        MessageCatalog catalog = new MessageCatalog(checks, read(dialogsDir, checks));
        log.info("Loaded {} messages from {}", catalog.messages.size(), dialogsDir.resolve("messages"));
        return catalog;
    }

    /** The messages of the files as they are now, checked as at start-up, for a reload. */
    Map<String, Message> read(Path dialogsDir) {
        return read(dialogsDir, checks);
    }

    private static Map<String, Message> read(Path dialogsDir, List<MessagesCheck> checks) {
        Map<String, Message> read = MessageFiles.load(dialogsDir);
        List<Problem> problems = new ArrayList<>();
        checks.forEach(check -> problems.addAll(check.problems(read)));
        if (!problems.isEmpty()) {
            Collections.sort(problems);
            throw new InvalidFlowsException(problems);
        }
        return read;
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
