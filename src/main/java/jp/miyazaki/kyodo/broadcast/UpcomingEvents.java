package jp.miyazaki.kyodo.broadcast;

import java.time.LocalDate;
import java.util.List;

/** Events and volunteer activities on given days, with who signed up (implemented with the sign-ups). */
public interface UpcomingEvents {

    /** Activities taking place on a day in [{@code from}, {@code to}]. */
    List<EventDay> between(LocalDate from, LocalDate to);

    /** One activity on one day, and the citizens signed up for it. */
    record EventDay(String opportunityId, String title, LocalDate date, String place, List<String> signedUp) {
        public EventDay {
            signedUp = List.copyOf(signedUp);
        }
    }
}
