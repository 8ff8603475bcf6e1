package jp.miyazaki.kyodo.unanswered;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jp.miyazaki.kyodo.admin.StaffApi;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.nlu.UnansweredLog;
import jp.miyazaki.kyodo.observability.ActivityCounter;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.subscription.SubscriberLanguages;

/** What staff look at before acting: the dashboard counts and the questions the bot could not answer. */
@StaffApi
@RestController
@RequestMapping("/api/admin")
@Validated
@Tag(name = "insights")
public class InsightsController {

    private static final int DAYS_CHARTED = 14;
    private static final int WEEK = 7;

    private final ActivityCounter activity;
    private final UnansweredLog unanswered;
    private final CatalogRepository catalog;
    private final SignUps signUps;
    private final UnansweredQuestions questions;
    private final SubscriberLanguages subscribers;
    private final Clock clock;

    public InsightsController(ActivityCounter activity, UnansweredLog unanswered, CatalogRepository catalog,
            SignUps signUps, UnansweredQuestions questions, SubscriberLanguages subscribers,
            ObjectProvider<Clock> clock) {
        this.activity = activity;
        this.unanswered = unanswered;
        this.catalog = catalog;
        this.signUps = signUps;
        this.questions = questions;
        this.subscribers = subscribers;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/unanswered")
    @Operation(summary = "Recent messages the bot could not answer, grouped by similar wording, largest group first")
    public UnansweredReport unanswered(@RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit) {
        List<UnansweredGroups.Group> grouped = questions.grouped(limit);
        return new UnansweredReport(grouped.stream().mapToInt(UnansweredGroups.Group::count).sum(), grouped);
    }

    @GetMapping("/dashboard")
    @Operation(summary = "Counts for the console: friends, active citizens, messages per day, top intents, "
            + "unanswered messages and sign-ups this week, and how many citizens who accepted notices are answered in "
            + "each language (ja, en, ja-easy, unknown)")
    public Dashboard dashboard() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(CityTime.ZONE).toLocalDate();
        Instant weekAgo = now.minus(Duration.ofDays(WEEK));
        long unansweredThisWeek = unanswered.recent(5000).stream()
                .filter(u -> u.at() != null && u.at().isAfter(weekAgo)).count();
        long signUpsThisWeek = catalog.listOpportunities().stream()
                .flatMap(o -> signUps.ofOpportunity(o.id()).stream())
                .filter(s -> s.signedUpAt() != null && s.signedUpAt().isAfter(weekAgo)).count();
        return new Dashboard(activity.friends(), activity.activeCitizens(today, WEEK),
                activity.eventsPerDay(today, DAYS_CHARTED), activity.intents(today, WEEK, 10), unansweredThisWeek,
                signUpsThisWeek, subscribers.census().perLanguage());
    }

    /** How many messages were read and their groups. */
    public record UnansweredReport(int messages, List<UnansweredGroups.Group> groups) {
    }

    /**
     * Counts over the last 7 days (friends: now); {@code messagesPerDay} covers 14 days, oldest first, by
     * Miyazaki date; {@code subscribersPerLanguage} (now) counts the citizens who accepted notices by the language
     * they are answered in: {@code ja}, {@code en}, {@code ja-easy}, {@code unknown} (not chosen nor read yet).
     */
    public record Dashboard(long friends, long activeCitizensThisWeek, Map<LocalDate, Long> messagesPerDay,
            Map<String, Long> topIntentsThisWeek, long unansweredThisWeek, long signUpsThisWeek,
            Map<String, Long> subscribersPerLanguage) {
    }
}
