package jp.miyazaki.kyodo.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.DepartmentRule;
import jp.miyazaki.kyodo.admin.Departments;
import jp.miyazaki.kyodo.shared.ChangeRefused;

/**
 * Staff adding, changing and deleting opportunities: the one place for the rules, the audit entries and the
 * notices, called by the admin API and the console alike. Sign-ups are never dropped silently: a capacity below
 * the places taken is refused; deleting an opportunity anyone signed up for is refused unless the citizens are to
 * be told, and then their sign-ups are cancelled and {@link OpportunityCancelled} published. Moving an
 * opportunity's time or place publishes {@link OpportunityChanged} for everyone signed up, unless staff chose not
 * to tell them. Whoever owns the notices tells the citizens; the catalog knows nothing of LINE. An item belongs to
 * the department asked for (refused when not configured), else to {@code fallback}'s; only its department's
 * staff (and admins) change and delete it ({@link DepartmentRule}).
 */
@Service
public class OpportunityChanges {

    private final CatalogRepository catalog;
    private final SignedUpCitizens signUps;
    private final AuditLog audit;
    private final Departments departments;
    private final ApplicationEventPublisher events;
    private final DepartmentRule departmentRule;

    public OpportunityChanges(CatalogRepository catalog, SignedUpCitizens signUps, AuditLog audit,
            Departments departments, ApplicationEventPublisher events, DepartmentRule departmentRule) {
        this.catalog = catalog;
        this.signUps = signUps;
        this.audit = audit;
        this.departments = departments;
        this.events = events;
        this.departmentRule = departmentRule;
    }

    /** Stores a new opportunity; without a department it belongs to {@code fallbackDepartment}. */
    public Opportunity create(Opportunity draft, String fallbackDepartment) {
        Opportunity created = draft.withDepartment(department(draft.department(), fallbackDepartment));
        departmentRule.requireMayAssign(created.department());
        catalog.save(created);
        audit.record("opportunity.create", new AuditLog.Target(created.id(), created.title()),
                "部署: " + created.department(), List.of());
        return created;
    }

    /**
     * Replaces an opportunity; it stays sample data if it was, and keeps its department unless another is asked
     * for. When its time or place moved and {@code tellSignedUp}, everyone signed up is told (see
     * {@link OpportunityChanged}); the answer says how many.
     */
    public Update update(Opportunity edited, boolean tellSignedUp) {
        Opportunity before = existing(edited.id());
        departmentRule.requireMayChange(before.department());
        int taken = signUps.taken(edited.id());
        if (edited.capacity() < taken) {
            throw new ChangeRefused(new Refusal.CapacityBelowPlacesTaken(edited.capacity(), taken));
        }
        Opportunity after = new Opportunity(edited.id(), edited.kind(), edited.title(), edited.description(),
                edited.category(), edited.district(), edited.place(), edited.start(), edited.end(),
                edited.capacity(), edited.organiser(), edited.contact(), before.sample(),
                department(edited.department(), before.department()), edited.attributes(), edited.address(),
                edited.location(), edited.translations());
        catalog.save(after);
        audit.record("opportunity.update", new AuditLog.Target(after.id(), after.title()), null,
                CatalogAuditFields.of(before.withDepartment(departments.of(before.department())), after));
        List<String> told = tellSignedUp && OpportunityChanged.mattersToCitizens(before, after)
                ? signUps.citizensOf(after.id()) : List.of();
        if (!told.isEmpty()) {
            events.publishEvent(new OpportunityChanged(UUID.randomUUID().toString(), before, after, told));
        }
        return new Update(after, told.size());
    }

    /**
     * Deletes an opportunity. With sign-ups (confirmed or waiting) this is refused unless {@code tellSignedUp}:
     * then each of them is told on LINE that it is cancelled, and their sign-up is cancelled.
     */
    public Removal delete(String id, boolean tellSignedUp) {
        Opportunity opportunity = existing(id);
        departmentRule.requireMayChange(opportunity.department());
        List<String> signedUp = signUps.citizensOf(id);
        if (!signedUp.isEmpty() && !tellSignedUp) {
            throw new ChangeRefused(new Refusal.SignUpsWouldBeDropped(signedUp.size()));
        }
        List<String> waitlistFirst = new ArrayList<>(signedUp);
        // The waitlist goes first, so cancelling a confirmed place never moves anyone up (and tells them so).
        Collections.reverse(waitlistFirst);
        waitlistFirst.forEach(userId -> signUps.release(id, userId));
        catalog.deleteOpportunity(id);
        if (!signedUp.isEmpty()) {
            events.publishEvent(new OpportunityCancelled(opportunity, signedUp));
        }
        audit.record("opportunity.delete", new AuditLog.Target(id, opportunity.title()), signedUp.isEmpty() ? null
                : "申し込み" + signedUp.size() + "件を取り消し、" + signedUp.size() + "人にLINEでお知らせ", List.of());
        return new Removal(id, opportunity.title(), signedUp.size(), signedUp.size());
    }

    /**
     * {@code draft} as {@link #create} (its id is new) or {@link #update} (it exists) would store it, or the refusal
     * they would give, without storing or telling anything: an import checks every row before it writes any.
     */
    public Opportunity vetted(Opportunity draft, String fallbackDepartment) {
        Optional<Opportunity> before = catalog.findOpportunity(draft.id());
        if (before.isEmpty()) {
            Opportunity created = draft.withDepartment(department(draft.department(), fallbackDepartment));
            departmentRule.requireMayAssign(created.department());
            return created;
        }
        departmentRule.requireMayChange(before.get().department());
        int taken = signUps.taken(draft.id());
        if (draft.capacity() < taken) {
            throw new ChangeRefused(new Refusal.CapacityBelowPlacesTaken(draft.capacity(), taken));
        }
        return draft.withDepartment(department(draft.department(), before.get().department()));
    }

    private Opportunity existing(String id) {
        return catalog.findOpportunity(id)
                .orElseThrow(() -> new ChangeRefused(new Refusal.NoSuchOpportunity(id)));
    }

    /** The department asked for (refused when not configured), else {@code fallback}'s, always by its name. */
    private String department(String requested, String fallback) {
        return departments.chosen(requested, fallback)
                .orElseThrow(() -> new ChangeRefused(new Refusal.UnknownDepartment(requested)));
    }

    /** What a delete did: sign-ups cancelled, and how many of those citizens are told on LINE. */
    public record Removal(String id, String title, int signUpsCancelled, int citizensTold) {
    }

    /** What an update did: the opportunity as stored, and how many signed-up citizens are told of the change. */
    public record Update(Opportunity opportunity, int citizensTold) {
    }

    /** Why a change was not made; the API and the console each say it in their own words. */
    public sealed interface Refusal extends ChangeRefused.Refusal {

        /** The opportunity does not exist (any more). */
        record NoSuchOpportunity(String id) implements Refusal {
        }

        /** The department asked for is not one of the configured ones. */
        record UnknownDepartment(String department) implements Refusal {
        }

        /** The new capacity is below the places already taken by confirmed sign-ups. */
        record CapacityBelowPlacesTaken(int capacity, int taken) implements Refusal {
        }

        /** Deleting would drop these sign-ups (confirmed and waiting) without telling the citizens. */
        record SignUpsWouldBeDropped(int signUps) implements Refusal {
        }
    }
}
