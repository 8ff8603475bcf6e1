package jp.miyazaki.kyodo.dialog.flow;

import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * A check another module makes of the messages as read (the labels of its closed sets, say), at start-up and on
 * every reload: any problem stops the start or refuses the reload, like a problem in the files themselves.
 */
@NamedInterface("flow")
@FunctionalInterface
public interface MessagesCheck {

    /** What is wrong with {@code messages}, each as {@code file:line: reason}; none when they are fine. */
    List<Problem> problems(Map<String, Message> messages);
}
