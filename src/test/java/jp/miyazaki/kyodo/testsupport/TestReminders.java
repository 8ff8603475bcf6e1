package jp.miyazaki.kyodo.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.annotation.Bean;

import jp.miyazaki.kyodo.broadcast.DueReminders;
import jp.miyazaki.kyodo.broadcast.Reminder;

/**
 * A reminder source serving {@link #DUE}, for contexts that add this class (it is not annotated, so no other
 * context gets it): the real delivery, with its Redis leases and sent markers, pushes them when they fall due.
 */
public class TestReminders {

    public static final List<Reminder> DUE = new CopyOnWriteArrayList<>();

    @Bean
    DueReminders testDueReminders() {
        return (from, to) -> DUE.stream()
                .filter(reminder -> !reminder.dueAt().isBefore(from) && !reminder.dueAt().isAfter(to))
                .toList();
    }
}
