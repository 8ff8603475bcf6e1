package jp.miyazaki.kyodo.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.signup.SignUp;
import jp.miyazaki.kyodo.signup.SignUpStatus;
import jp.miyazaki.kyodo.signup.SignUps;

/**
 * Who came to an activity. The organiser (staff console, admin API, later a group leader on LINE) sees the roll
 * of confirmed sign-ups and marks exactly those present; marking again replaces the earlier marking. Each
 * present citizen gets an activity record, milestones are checked, and the day after they are thanked (see
 * {@link ThanksReminders}). Marking before the activity has started is refused.
 */
public class Attendance {

    private static final Logger log = LoggerFactory.getLogger(Attendance.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final CatalogRepository catalog;
    private final SignUps signUps;
    private final ActivityRecords records;
    private final Milestones milestones;
    private final RecognitionProperties properties;
    private final ZoneId zone;
    private final Clock clock;
    /** Refusals reach staff and, through the roll call on LINE, group leaders. */
    private final Wording wording;

    public Attendance(CatalogRepository catalog, SignUps signUps, ActivityRecords records, Milestones milestones,
            RecognitionProperties properties, ZoneId zone, Clock clock, Wording wording) {
        this.catalog = catalog;
        this.signUps = signUps;
        this.records = records;
        this.milestones = milestones;
        this.properties = properties;
        this.zone = zone;
        this.clock = clock;
        this.wording = wording;
    }

    /** The confirmed sign-ups of the activity, in sign-up order, with whether each was marked present. */
    public List<RollEntry> roll(String opportunityId) {
        Opportunity opportunity = opportunity(opportunityId);
        Set<String> present = records.present(opportunity.id());
        return confirmed(opportunity.id()).stream().map(s -> new RollEntry(s.reference(), s.name(), s.people(),
                present.contains(s.userId()))).toList();
    }

    /**
     * Marks exactly the sign-ups with these references present (the others absent), writes or removes their
     * activity records, and checks milestones.
     *
     * @throws AttendanceRefused when the activity is unknown or has not started, or a reference is not one of
     *     its confirmed sign-ups (said in Japanese, for staff)
     */
    public AttendanceMarked mark(String opportunityId, Set<String> presentReferences, String markedBy) {
        return mark(opportunityId, presentReferences, markedBy, wording.language());
    }

    /** {@link #mark(String, Set, String)} by someone whose refusal is said in {@code language} (a leader on LINE). */
    public AttendanceMarked mark(String opportunityId, Set<String> presentReferences, String markedBy,
            String language) {
        Wording wording = this.wording.in(language);
        Opportunity opportunity = opportunity(opportunityId, wording);
        Instant now = clock.instant();
        if (opportunity.start().toInstant().isAfter(now)) {
            throw new AttendanceRefused(AttendanceRefused.Reason.NOT_STARTED,
                    wording.text("activity.attendance-not-started", Map.of("month",
                            opportunity.start().getMonthValue(), "day", opportunity.start().getDayOfMonth(), "time",
                            TIME.format(opportunity.start()))));
        }
        List<SignUp> roll = confirmed(opportunity.id());
        Set<String> wanted = new HashSet<>();
        presentReferences.forEach(reference -> wanted.add(reference.strip().toUpperCase(Locale.ROOT)));
        Set<String> unknown = new TreeSet<>(wanted);
        roll.forEach(s -> unknown.remove(s.reference().toUpperCase(Locale.ROOT)));
        if (!unknown.isEmpty()) {
            throw new AttendanceRefused(AttendanceRefused.Reason.UNKNOWN_REFERENCE,
                    wording.text("activity.attendance-unknown-references", Map.of("references",
                            String.join(", ", unknown))));
        }
        Set<String> before = new HashSet<>(records.present(opportunity.id()));
        Set<String> presentUsers = new HashSet<>();
        int people = 0;
        int reached = 0;
        for (SignUp signUp : roll) {
            if (!wanted.contains(signUp.reference().toUpperCase(Locale.ROOT))) {
                continue;
            }
            presentUsers.add(signUp.userId());
            people += signUp.people();
            if (!before.contains(signUp.userId())) {
                ActivityRecord record = new ActivityRecord(opportunity.id(), opportunity.title(),
                        opportunity.category().id(), opportunity.district(),
                        opportunity.start().atZoneSameInstant(zone).toLocalDate(),
                        Duration.between(opportunity.start(), opportunity.end()).toMinutes(), signUp.name(),
                        signUp.people(), now, List.of());
                records.write(signUp.userId(), record);
                List<String> crossed = milestones.crossed(signUp.userId());
                if (!crossed.isEmpty()) {
                    records.write(signUp.userId(), record.withMilestones(crossed));
                    reached += crossed.size();
                }
            }
        }
        List<String> gone = new ArrayList<>(before);
        gone.removeAll(presentUsers);
        gone.forEach(userId -> records.remove(userId, opportunity.id()));
        Instant dayAfter = thanksTime(opportunity.start().atZoneSameInstant(zone).toLocalDate());
        records.marked(opportunity.id(), opportunity.start().toInstant(), markedBy, now,
                dayAfter.isAfter(now) ? dayAfter : now);
        log.info("Attendance of {} marked: {} present, {} absent, {} milestones", opportunity.id(),
                presentUsers.size(), roll.size() - presentUsers.size(), reached);
        return new AttendanceMarked(opportunity.id(), presentUsers.size(), roll.size() - presentUsers.size(), people,
                reached, opportunity.title());
    }

    /** When the citizen's thanks for this record fall due: the day after the activity, or when marked if later. */
    Instant thanksDue(ActivityRecord record) {
        Instant dayAfter = thanksTime(record.date());
        return record.markedAt().isAfter(dayAfter) ? record.markedAt() : dayAfter;
    }

    private Instant thanksTime(LocalDate activityDay) {
        return activityDay.plusDays(1).atTime(properties.thanksTime()).atZone(zone).toInstant();
    }

    /**
     * Confirmed sign-ups in the order they were made (by reference: S00009 before S00010), so a roll read out by
     * number never changes between two looks, even for sign-ups made in the same millisecond.
     */
    private List<SignUp> confirmed(String opportunityId) {
        return signUps.ofOpportunity(opportunityId).stream().filter(s -> s.status() == SignUpStatus.CONFIRMED)
                .sorted(Comparator.comparing((SignUp s) -> s.reference().length()).thenComparing(SignUp::reference))
                .toList();
    }

    private Opportunity opportunity(String opportunityId) {
        return opportunity(opportunityId, wording);
    }

    private Opportunity opportunity(String opportunityId, Wording wording) {
        return catalog.findOpportunity(opportunityId).orElseThrow(() -> new AttendanceRefused(
                AttendanceRefused.Reason.NOT_FOUND, wording.text("activity.attendance-no-activity", Map.of("id",
                        opportunityId))));
    }
}
