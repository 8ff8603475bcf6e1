package jp.miyazaki.kyodo.broadcast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Wording;

/**
 * The reminders that follow from the catalog: a grant's followers are reminded 14 and 3 days (configurable)
 * before its deadline, and volunteers the day before their activity, at the configured time of day. Each
 * reminder's id names the grant or activity, the date, the kind and the citizen, so it goes out once. Without
 * {@link GrantDeadlines} or {@link UpcomingEvents} beans the matching reminders are simply none.
 */
@Component
public class CatalogReminders implements DueReminders {

    private final ObjectProvider<GrantDeadlines> grants;
    private final ObjectProvider<UpcomingEvents> events;
    private final ReminderProperties properties;
    private final ZoneId zone;
    private final Wording wording;

    public CatalogReminders(ObjectProvider<GrantDeadlines> grants, ObjectProvider<UpcomingEvents> events,
            ReminderProperties properties, QuietHours quietHours, Wording wording) {
        this.grants = grants;
        this.events = events;
        this.properties = properties;
        this.zone = quietHours.zone();
        this.wording = wording;
    }

    @Override
    public List<Reminder> due(Instant from, Instant to) {
        List<Reminder> due = new ArrayList<>();
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        GrantDeadlines deadlines = grants.getIfAvailable();
        if (deadlines != null) {
            for (int days : properties.grantDaysBefore()) {
                for (GrantDeadlines.GrantDeadline grant : deadlines.closingBetween(first.plusDays(days),
                        last.plusDays(days))) {
                    Instant at = dueOn(grant.deadline().minusDays(days));
                    String text = wording.text("broadcast.grant-deadline", Map.of("name", grant.name(),
                            "left", wording.text("catalog.deadline-days", Map.of("days", days)),
                            "month", grant.deadline().getMonthValue(), "day", grant.deadline().getDayOfMonth()));
                    for (String citizen : grant.followers()) {
                        due.add(new Reminder("grant:%s:%s:%dd:%s".formatted(grant.grantId(), grant.deadline(),
                                days, citizen), citizen, Reply.of(new Reply.Text(text)), at, false));
                    }
                }
            }
        }
        UpcomingEvents upcoming = events.getIfAvailable();
        if (upcoming != null) {
            for (UpcomingEvents.EventDay event : upcoming.between(first.plusDays(1), last.plusDays(1))) {
                Instant at = dueOn(event.date().minusDays(1));
                String text = event.place().isBlank()
                        ? wording.text("broadcast.event-tomorrow-no-place", Map.of("title", event.title()))
                        : wording.text("broadcast.event-tomorrow", Map.of("title", event.title(),
                                "place", event.place()));
                for (String citizen : event.signedUp()) {
                    due.add(new Reminder("event:%s:%s:day-before:%s".formatted(event.opportunityId(), event.date(),
                            citizen), citizen, Reply.of(new Reply.Text(text)), at, false));
                }
            }
        }
        return due.stream().filter(reminder -> !reminder.dueAt().isBefore(from) && !reminder.dueAt().isAfter(to))
                .toList();
    }

    private Instant dueOn(LocalDate day) {
        return day.atTime(properties.sendAt()).atZone(zone).toInstant();
    }
}
