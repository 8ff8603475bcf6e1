package jp.miyazaki.kyodo.subscription;

import java.util.Map;
import java.util.Set;

import jp.miyazaki.kyodo.citizen.CitizenLanguage;

/**
 * The dashboard's count of the citizens who accepted notices, in all and per language they are answered in
 * ({@code ja}, {@code en}, {@code ja-easy}, and {@code unknown}: neither chosen nor read from LINE yet), the same for
 * the console and the admin API. Only these citizens are known by user id; the friends count is of pseudonyms.
 */
public class SubscriberLanguages {

    private final Subscriptions subscriptions;
    private final CitizenLanguage languages;

    public SubscriberLanguages(Subscriptions subscriptions, CitizenLanguage languages) {
        this.subscriptions = subscriptions;
        this.languages = languages;
    }

    public Census census() {
        Set<String> subscribers = subscriptions.recipients(Segment.EVERYONE);
        return new Census(subscribers.size(), languages.census(subscribers));
    }

    /** {@code subscribers} in all; {@code perLanguage} in the order ja, en, ja-easy, unknown, every one present. */
    public record Census(long subscribers, Map<String, Long> perLanguage) {
    }
}
