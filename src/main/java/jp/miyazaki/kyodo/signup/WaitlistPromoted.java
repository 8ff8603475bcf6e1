package jp.miyazaki.kyodo.signup;

import java.util.List;
import java.util.Map;

import jp.miyazaki.kyodo.citizen.CitizenLanguage;

/**
 * Published when a cancellation gave places to people on the waitlist, so whoever can push messages tells them:
 * {@code messages} is the text to send to each of {@code userIds}, by language ({@code ja}, {@code en},
 * {@code ja-easy}).
 */
public record WaitlistPromoted(String opportunityId, List<String> userIds, Map<String, String> messages) {

    public WaitlistPromoted {
        userIds = List.copyOf(userIds);
        messages = Map.copyOf(messages);
    }

    /** The text in {@code language}, or the Japanese one. */
    public String message(String language) {
        return messages.getOrDefault(language, messages.get(CitizenLanguage.JAPANESE));
    }
}
