package jp.miyazaki.kyodo.broadcast;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.admin.AuditChanges;
import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.DepartmentRule;
import jp.miyazaki.kyodo.admin.Departments;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.citizen.CitizenLanguage;

/**
 * The rules for sending a notice, the same from the admin API and the console: an opportunity card must exist,
 * a time in the past means now, a non-urgent notice due in quiet hours waits until they end, every new or
 * cancelled job is audited under the staff member, and delivery is woken at once. A notice is sent for the staff
 * member's department unless they chose another; only that department's staff (and admins) cancel it
 * ({@link DepartmentRule}).
 */
@Component
public class BroadcastScheduling {

    private final BroadcastJobs jobs;
    private final BroadcastDelivery delivery;
    private final ObjectProvider<Audience> audience;
    private final NoticeReaders readers;
    private final ObjectProvider<OpportunityCards> cards;
    private final QuietHours quietHours;
    private final ObjectProvider<CategoryNames> categoryNames;
    private final AuditLog audit;
    private final StaffAccounts staffAccounts;
    private final Departments departments;
    private final DepartmentRule departmentRule;
    private final Clock clock;

    public BroadcastScheduling(BroadcastJobs jobs, BroadcastDelivery delivery, ObjectProvider<Audience> audience,
            NoticeReaders readers, ObjectProvider<OpportunityCards> cards, QuietHours quietHours,
            ObjectProvider<CategoryNames> categoryNames, AuditLog audit, StaffAccounts staffAccounts,
            Departments departments, DepartmentRule departmentRule, ObjectProvider<Clock> clock) {
        this.jobs = jobs;
        this.delivery = delivery;
        this.audience = audience;
        this.readers = readers;
        this.cards = cards;
        this.quietHours = quietHours;
        this.categoryNames = categoryNames;
        this.audit = audit;
        this.staffAccounts = staffAccounts;
        this.departments = departments;
        this.departmentRule = departmentRule;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Whether notices can be sent at all: the app knows who accepted them. */
    public Optional<Audience> audience() {
        return Optional.ofNullable(audience.getIfAvailable());
    }

    /**
     * How many citizens a segment reaches now, and how many of them read the Japanese text and the English one
     * (the composer's 「対象 120 人（日本語 112・English 8）」); nobody without an audience.
     */
    public Reach reach(Segment segment) {
        return audience().map(a -> {
            Map<String, List<String>> byText = readers.byText(a.recipients(segment));
            long japanese = byText.get(CitizenLanguage.JAPANESE).size();
            long english = byText.get(CitizenLanguage.ENGLISH).size();
            return new Reach(japanese + english, japanese, english);
        }).orElse(new Reach(0, 0, 0));
    }

    /** Who a segment reaches: {@code recipients} in all, {@code japanese} of them read the Japanese text. */
    public record Reach(long recipients, long japanese, long english) {
    }

    /** Whether a notice can carry an opportunity's card. */
    public boolean cardsAvailable() {
        return cards.getIfAvailable() != null;
    }

    /** How long ago a wanted send time may be (the minutes spent on the confirmation) and still mean now. */
    static final Duration LATE_ALLOWANCE = Duration.ofMinutes(5);

    /**
     * Schedules a notice for {@code wanted} (null: now). Returns empty when {@code opportunityId} names no
     * opportunity whose card can be shown.
     */
    public Optional<Broadcast> schedule(String text, String opportunityId, Segment segment, Instant wanted,
            boolean urgent, String staff) {
        return schedule(text, null, opportunityId, segment, wanted, urgent, staff, null);
    }

    /**
     * Schedules a notice sent for {@code department} (null: the staff member's own); the caller has checked that
     * a given department is one of {@link Departments#names()}. A segment that reaches nobody is refused
     * ({@link NoRecipients}): a notice to 0 citizens is always a mistake; so is a time already past
     * ({@link PastSendTime}). {@code englishText} (null or blank: none) goes to the citizens who read English.
     */
    public Optional<Broadcast> schedule(String text, String englishText, String opportunityId, Segment segment,
            Instant wanted, boolean urgent, String staff, String department) {
        String owner = department == null || department.isBlank() ? staffAccounts.departmentOf(staff)
                : departments.of(department);
        departmentRule.requireMayAssign(owner);
        if (isPast(wanted)) {
            throw new PastSendTime();
        }
        if (opportunityId != null && (cards.getIfAvailable() == null
                || cards.getObject().card(opportunityId).isEmpty())) {
            return Optional.empty();
        }
        if (audience().map(a -> a.count(segment) == 0).orElse(false)) {
            throw new NoRecipients(segment);
        }
        Instant now = Instant.now(clock);
        Instant dueAt = quietHours.sendAt(wanted == null || wanted.isBefore(now) ? now : wanted, urgent);
        Broadcast job = jobs.create(text, englishText == null || englishText.isBlank() ? null : englishText,
                opportunityId, segment, urgent, staff, owner, now, dueAt);
        audit.record("broadcast.create", AuditLog.Target.beginning(job.id(), text), "宛先: "
                + categoryNames.getIfAvailable(() -> id -> id).describe(job.segment()) + "、送信予定: "
                + AuditChanges.shown(dueAt) + "、部署: " + owner + (job.englishText() == null ? "" : "、英語の本文あり"),
                List.of());
        delivery.wake();
        return Optional.of(job);
    }

    /**
     * Whether a wanted send time has passed by more than {@link #LATE_ALLOWANCE} (null is now): such a time is a
     * slip (the wrong day or year), so it is refused rather than sent at once.
     */
    public boolean isPast(Instant wanted) {
        return wanted != null && wanted.isBefore(Instant.now(clock).minus(LATE_ALLOWANCE));
    }

    /** A send time in the past: refused by the API and the console alike, in the words staff read. */
    public static final class PastSendTime extends RuntimeException {

        public static final String EXPLANATION = "送信日時が過ぎています。これからの日時を選ぶか、空欄にしてすぐに送ってください。";

        PastSendTime() {
            super(EXPLANATION, null, false, false);
        }
    }

    /** A broadcast to a segment nobody in it follows: refused by the API and the console alike. */
    public static final class NoRecipients extends RuntimeException {

        NoRecipients(Segment segment) {
            super("no citizen who accepted notices is in " + segment, null, false, false);
        }
    }

    /** Cancels a job that has not ended; false when it already had. */
    public boolean cancel(String id) {
        jobs.find(id).ifPresent(job -> departmentRule.requireMayChange(job.department()));
        boolean cancelled = jobs.cancel(id, Instant.now(clock));
        if (cancelled) {
            audit.record("broadcast.cancel", AuditLog.Target.beginning(id, jobs.find(id).map(Broadcast::text)
                    .orElse(null)), null, List.of());
        }
        return cancelled;
    }
}
