package jp.miyazaki.kyodo.console;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.broadcast.BroadcastJobs;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.consultation.ConsultationInbox;
import jp.miyazaki.kyodo.consultation.InboxQuery;
import jp.miyazaki.kyodo.nlu.UnansweredLog;
import jp.miyazaki.kyodo.nlu.UnansweredUtterance;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.signup.SignUp;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.subscription.SubscriberLanguages;
import jp.miyazaki.kyodo.web.Bar;

/** Dashboard and audit log (the sign-in pages are the admin module's). */
@Controller
class ConsoleController {

    private static final int WEEK = 7;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M/d");

    private final CatalogRepository catalog;
    private final SignUps signUps;
    private final ConsultationInbox inbox;
    private final SubscriberLanguages subscribers;
    private final BroadcastJobs broadcasts;
    private final ObjectProvider<UnansweredLog> unanswered;
    private final AuditLog audit;
    private final Clock clock;

    ConsoleController(CatalogRepository catalog, SignUps signUps, ConsultationInbox inbox,
            SubscriberLanguages subscribers, BroadcastJobs broadcasts, ObjectProvider<UnansweredLog> unanswered,
            AuditLog audit, ObjectProvider<Clock> clock) {
        this.catalog = catalog;
        this.signUps = signUps;
        this.inbox = inbox;
        this.subscribers = subscribers;
        this.broadcasts = broadcasts;
        this.unanswered = unanswered;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        LocalDate today = LocalDate.now(clock.withZone(CityTime.ZONE));
        List<SignUp> recentSignUps = catalog.listOpportunities().stream()
                .flatMap(o -> signUps.ofOpportunity(o.id()).stream()).toList();
        Map<String, Long> signUpsPerDay = perDay(today, recentSignUps, SignUp::signedUpAt);
        List<UnansweredUtterance> notAnswered = unanswered.stream().findFirst()
                .map(log -> log.recent(5000)).orElse(List.of());
        Map<String, Long> consultationBars = new LinkedHashMap<>();
        inbox.counts(InboxQuery.everything()).forEach((choice, count) -> {
            if (choice.statuses().size() == 1) {
                consultationBars.put(choice.label(), count.longValue());
            }
        });

        SubscriberLanguages.Census census = subscribers.census();
        model.addAttribute("subscribers", census.subscribers());
        model.addAttribute("languageBars", Bar.scaled(census.perLanguage()));
        model.addAttribute("signUpsThisWeek", signUpsPerDay.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("signUpBars", Bar.scaled(signUpsPerDay));
        model.addAttribute("openConsultations", inbox.openCount());
        model.addAttribute("consultationBars", Bar.scaled(consultationBars));
        model.addAttribute("unansweredCount", notAnswered.size());
        model.addAttribute("unansweredBars", Bar.scaled(perDay(today, notAnswered, UnansweredUtterance::at)));
        model.addAttribute("broadcasts", broadcasts.latest(5));
        return "console/dashboard";
    }

    @GetMapping("/admin/audit")
    String audit(Model model) {
        model.addAttribute("entries", audit.latest(200).stream()
                .map(entry -> new AuditRow(entry, AuditActionLabels.shown(entry.action()))).toList());
        return "console/audit";
    }

    /** An audit entry with its action in Japanese. */
    record AuditRow(AuditLog.AuditEntry entry, String action) {
    }

    /** Counts per day over the last week, oldest day first, every day present. */
    private static <T> Map<String, Long> perDay(LocalDate today, List<T> items, Function<T, Instant> at) {
        Map<String, Long> days = new LinkedHashMap<>();
        for (int back = WEEK - 1; back >= 0; back--) {
            days.put(DAY.format(today.minusDays(back)), 0L);
        }
        for (T item : items) {
            Instant when = at.apply(item);
            if (when != null) {
                String day = DAY.format(when.atZone(CityTime.ZONE).toLocalDate());
                days.computeIfPresent(day, (d, n) -> n + 1);
            }
        }
        return days;
    }
}
