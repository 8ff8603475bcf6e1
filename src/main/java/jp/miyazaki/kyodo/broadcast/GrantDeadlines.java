package jp.miyazaki.kyodo.broadcast;

import java.time.LocalDate;
import java.util.List;

/**
 * Grants whose application deadline falls in a range, each with the citizens who follow that grant or its
 * category (implemented with the catalog and the subscriptions).
 */
public interface GrantDeadlines {

    /** Grants closing on a day in [{@code from}, {@code to}]. */
    List<GrantDeadline> closingBetween(LocalDate from, LocalDate to);

    /** A grant's last day for applications and who wants to be reminded of it. */
    record GrantDeadline(String grantId, String name, LocalDate deadline, List<String> followers) {
        public GrantDeadline {
            followers = List.copyOf(followers);
        }
    }
}
