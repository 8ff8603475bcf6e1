package jp.miyazaki.kyodo.nlu;

import java.time.Instant;
import java.util.List;

/**
 * A message the bot could not answer with confidence, kept for staff to review and to grow the example phrases.
 * {@code maskedText} has phone numbers and e-mail addresses masked; nothing identifies the sender.
 */
public record UnansweredUtterance(String maskedText, List<IntentScore> ranking, Instant at) {

    public UnansweredUtterance {
        ranking = List.copyOf(ranking);
    }
}
