package jp.miyazaki.kyodo.dialog;

import java.util.Optional;

/** Decides the answer to one turn and the state the conversation moves to. */
public interface Dialog {

    Outcome respond(DialogState state, Turn turn);

    /** The answer and the next state; {@code next} empty means the conversation is over and its state can go. */
    record Outcome(Optional<DialogState> next, Reply reply) {
    }
}
