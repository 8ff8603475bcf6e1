package jp.miyazaki.kyodo.subscription;

import java.time.Instant;
import java.util.List;

import jp.miyazaki.kyodo.catalog.Category;

/**
 * The notices a citizen wants. No category (or no district) followed means every category (or district).
 * {@code active} is false after they blocked the account, so nothing is sent to them until they follow again.
 */
public record Subscription(boolean noticesAccepted, List<Category> categories, List<String> districts,
        boolean active, Instant updatedAt) {

    public Subscription {
        categories = categories == null ? List.of() : List.copyOf(categories);
        districts = districts == null ? List.of() : List.copyOf(districts);
    }

    public static Subscription none(Instant at) {
        return new Subscription(false, List.of(), List.of(), true, at);
    }

    /** Whether a notice for this segment reaches the citizen. */
    public boolean receives(Segment segment) {
        return noticesAccepted && active
                && (segment.categories().isEmpty() || categories.isEmpty()
                        || segment.categories().stream().anyMatch(categories::contains))
                && (segment.districts().isEmpty() || districts.isEmpty()
                        || segment.districts().stream().anyMatch(districts::contains));
    }
}
