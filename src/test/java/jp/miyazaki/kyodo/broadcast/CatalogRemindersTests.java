package jp.miyazaki.kyodo.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.flow.ShippedFlows;
import jp.miyazaki.kyodo.shared.CityTime;

class CatalogRemindersTests {

    private static final ReminderProperties PROPERTIES = new ReminderProperties(Duration.ofMinutes(1),
            Duration.ofDays(1), List.of(14, 3), LocalTime.of(9, 0));
    private static final QuietHours JAPAN = new QuietHours(CityTime.ZONE, LocalTime.of(21, 0),
            LocalTime.of(8, 0));

    private final GrantDeadlines grants = (from, to) -> List.of(
            new GrantDeadlines.GrantDeadline("G1", "地域づくり補助金", LocalDate.of(2026, 12, 20),
                    List.of("U1", "U2")))
            .stream().filter(grant -> !grant.deadline().isBefore(from) && !grant.deadline().isAfter(to)).toList();
    private final UpcomingEvents events = (from, to) -> List.of(
            new UpcomingEvents.EventDay("E1", "青島海岸清掃", LocalDate.of(2026, 12, 10), "青島海水浴場", List.of("U3")))
            .stream().filter(event -> !event.date().isBefore(from) && !event.date().isAfter(to)).toList();

    @Test
    void remindsGrantFollowersFourteenAndThreeDaysBeforeTheDeadlineAtNine() {
        CatalogReminders reminders = reminders(true, true);

        List<Reminder> fourteen = reminders.due(Instant.parse("2026-12-05T12:00:00Z"),
                Instant.parse("2026-12-06T00:00:00Z"));
        List<Reminder> three = reminders.due(Instant.parse("2026-12-16T12:00:00Z"),
                Instant.parse("2026-12-17T00:30:00Z"));

        assertThat(fourteen).extracting(Reminder::userId).containsExactlyInAnyOrder("U1", "U2");
        assertThat(fourteen).allSatisfy(reminder -> {
            assertThat(reminder.dueAt()).isEqualTo(Instant.parse("2026-12-06T00:00:00Z"));
            assertThat(text(reminder)).isEqualTo("「地域づくり補助金」の申請締め切りまで、あと14日です（12月20日まで）。");
            assertThat(reminder.urgent()).isFalse();
        });
        assertThat(three).extracting(Reminder::userId).containsExactlyInAnyOrder("U1", "U2");
        assertThat(text(three.get(0))).contains("あと3日");
        assertThat(fourteen.get(0).id()).isNotEqualTo(three.get(0).id());
    }

    @Test
    void remindsVolunteersTheDayBefore() {
        List<Reminder> due = reminders(true, true).due(Instant.parse("2026-12-08T12:00:00Z"),
                Instant.parse("2026-12-09T01:00:00Z"));

        assertThat(due).singleElement().satisfies(reminder -> {
            assertThat(reminder.userId()).isEqualTo("U3");
            assertThat(reminder.dueAt()).isEqualTo(Instant.parse("2026-12-09T00:00:00Z"));
            assertThat(text(reminder)).startsWith("明日は「青島海岸清掃」の日です");
            assertThat(reminder.id()).isEqualTo("event:E1:2026-12-10:day-before:U3");
        });
    }

    @Test
    void nothingIsDueOutsideTheWindowOrWithoutTheCatalog() {
        assertThat(reminders(true, true).due(Instant.parse("2026-12-06T00:00:01Z"),
                Instant.parse("2026-12-06T12:00:00Z"))).isEmpty();
        assertThat(reminders(false, false).due(Instant.parse("2026-12-05T12:00:00Z"),
                Instant.parse("2026-12-09T01:00:00Z"))).isEmpty();
    }

    private CatalogReminders reminders(boolean withGrants, boolean withEvents) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (withGrants) {
            beans.registerSingleton("grants", grants);
        }
        if (withEvents) {
            beans.registerSingleton("events", events);
        }
        return new CatalogReminders(beans.getBeanProvider(GrantDeadlines.class),
                beans.getBeanProvider(UpcomingEvents.class), PROPERTIES, JAPAN, ShippedFlows.wording());
    }

    private static String text(Reminder reminder) {
        return ((Reply.Text) reminder.reply().parts().get(0)).text();
    }
}
