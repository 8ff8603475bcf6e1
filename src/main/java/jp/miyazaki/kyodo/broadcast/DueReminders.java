package jp.miyazaki.kyodo.broadcast;

import java.time.Instant;
import java.util.List;

/**
 * A source of reminders (grant deadlines, events the day before, consultation answers), implemented by the
 * feature that owns the data. Any number of sources may exist; {@link ReminderDelivery} asks each of them.
 */
public interface DueReminders {

    /** Reminders due at some moment in [{@code from}, {@code to}], to citizens who asked for them. */
    List<Reminder> due(Instant from, Instant to);
}
