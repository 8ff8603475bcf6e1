package jp.miyazaki.kyodo.signup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.broadcast.DueReminders;
import jp.miyazaki.kyodo.broadcast.Reminder;
import jp.miyazaki.kyodo.broadcast.ReminderDelivery;
import jp.miyazaki.kyodo.catalog.DisplayText;
import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.catalog.OpportunityCancelled;
import jp.miyazaki.kyodo.catalog.OpportunityChanged;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.shared.RedisKeys;

/**
 * Tells signed-up citizens (confirmed and waiting) that staff moved their activity's time or place, with what
 * changed, or cancelled it, each in their language. Each citizen's notice is a {@link Reminder} named by the change and the citizen: it is
 * pushed at once, marked in Redis and sent under a retry key derived from that name, so LINE's 5xx and 429 are
 * retried and nobody is told twice. The notice is stored ({@code signup:notice:<id>}, kept a day) before it is
 * pushed and dropped once every push has ended; until then the reminder runs are offered it from a few minutes
 * later (when pushes at hand are long done), so a notice an instance did not finish (it stopped mid-way) still
 * goes out, once.
 */
@Component
class OpportunityChangeNotices implements DueReminders {

    private static final Duration KEPT = Duration.ofDays(1);
    private static final Duration LEFT_TO_REMINDERS_AFTER = Duration.ofMinutes(5);

    private final ObjectProvider<ReminderDelivery> delivery;
    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Wording wording;
    private final CitizenLanguage languages;
    private final Clock clock;

    /** The delivery is looked up when a notice is sent: it asks every reminder source, this one included, first. */
    OpportunityChangeNotices(ObjectProvider<ReminderDelivery> delivery, StringRedisTemplate redis, RedisKeys keys,
            Wording wording, CitizenLanguage languages, ObjectProvider<Clock> clock) {
        this.delivery = delivery;
        this.redis = redis;
        this.keys = keys;
        this.wording = wording;
        this.languages = languages;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @EventListener
    void onChange(OpportunityChanged change) {
        tell("change:" + change.changeId(), change.citizens(), language -> {
            List<String> changes = new ArrayList<>();
            if (change.timeMoved()) {
                changes.add(wording.text(language, "signup.changed-when", Map.of(
                        "before", DisplayText.when(wording, change.before()), "after", DisplayText.when(wording, change.after()))));
            }
            if (change.placeMoved()) {
                changes.add(wording.text(language, "signup.changed-place", Map.of(
                        "before", place(language, change.before()), "after", place(language, change.after()))));
            }
            return wording.text(language, "signup.opportunity-changed", Map.of("title", change.after().title(),
                    "changes", String.join("\n", changes)));
        });
    }

    @EventListener
    void onCancellation(OpportunityCancelled cancelled) {
        Opportunity opportunity = cancelled.opportunity();
        // Named by the opportunity: a deletion retried after a crash tells nobody twice.
        tell("cancelled:" + opportunity.id(), cancelled.citizens(), language -> wording.text(language,
                "signup.opportunity-cancelled", Map.of("title", opportunity.title(),
                        "when", DisplayText.when(wording, opportunity))));
    }

    @Override
    public List<Reminder> due(Instant from, Instant to) {
        redis.opsForZSet().removeRangeByScore(index(), 0, from.minus(KEPT).toEpochMilli());
        Set<String> ids = redis.opsForZSet().rangeByScore(index(), from.toEpochMilli(), to.toEpochMilli());
        List<Reminder> due = new ArrayList<>();
        for (String id : ids == null ? Set.<String>of() : ids) {
            Map<Object, Object> notice = redis.opsForHash().entries(noticeKey(id));
            if (notice.isEmpty()) {
                continue;
            }
            Instant at = Instant.ofEpochMilli(Long.parseLong((String) notice.get("at")));
            for (String addressed : ((String) notice.get("citizens")).split(",")) {
                String[] citizen = addressed.split(" ");
                due.add(reminder(id, citizen[0], (String) notice.get("text:" + citizen[1]), at));
            }
        }
        return due;
    }

    /**
     * Stores the notice (a text per language needed, each citizen with their language), pushes it to each
     * citizen, then drops it.
     */
    private void tell(String id, List<String> citizens, Function<String, String> textIn) {
        if (citizens.isEmpty()) {
            return;
        }
        Instant leftToReminders = Instant.now(clock).plus(LEFT_TO_REMINDERS_AFTER);
        Map<String, String> notice = new HashMap<>();
        Map<String, String> languageOf = new LinkedHashMap<>();
        for (String userId : citizens) {
            String language = languages.forNotice(userId);
            notice.computeIfAbsent("text:" + language, field -> textIn.apply(language));
            languageOf.put(userId, language);
        }
        notice.put("citizens", String.join(",", languageOf.entrySet().stream()
                .map(citizen -> citizen.getKey() + " " + citizen.getValue()).toList()));
        notice.put("at", Long.toString(leftToReminders.toEpochMilli()));
        redis.opsForHash().putAll(noticeKey(id), notice);
        redis.expire(noticeKey(id), KEPT);
        redis.opsForZSet().add(index(), id, leftToReminders.toEpochMilli());
        ReminderDelivery now = delivery.getObject();
        languageOf.forEach((userId, language) -> now.deliverNow(reminder(id, userId, notice.get("text:" + language),
                leftToReminders)));
        // Every push has ended and is marked: nothing is left for the reminder runs, nor any user id kept.
        redis.opsForZSet().remove(index(), id);
        redis.delete(noticeKey(id));
    }

    private static Reminder reminder(String id, String userId, String text, Instant at) {
        return new Reminder("opportunity-" + id + ":" + userId, userId, Reply.of(new Reply.Text(text)), at, true);
    }

    private String place(String language, Opportunity opportunity) {
        return opportunity.place() == null || opportunity.place().isBlank()
                ? wording.text(language, "signup.place-unset", Map.of()) : opportunity.place();
    }

    private String noticeKey(String id) {
        return keys.key("signup", "notice", id);
    }

    private String index() {
        return keys.key("signup", "notices");
    }
}
