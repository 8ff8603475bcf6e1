package jp.miyazaki.kyodo.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.Departments;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.line.Delivery;
import jp.miyazaki.kyodo.line.LineGateway;

/**
 * Staff adding, changing and deleting opportunities: the one place for the rules, the audit entries and the
 * notices, called by the admin API and the console alike. Sign-ups are never dropped silently: a capacity below
 * the places taken is refused; deleting an opportunity anyone signed up for is refused unless the citizens are to
 * be told, and then each of them is told on LINE and their sign-up cancelled. An item belongs to the department
 * asked for (refused when not configured), else to {@code fallback}'s.
 */
@Service
public class OpportunityChanges {

    private final CatalogRepository catalog;
    private final SignedUpCitizens signUps;
    private final LineGateway line;
    private final AuditLog audit;
    private final Departments departments;
    private final Wording wording;

    public OpportunityChanges(CatalogRepository catalog, SignedUpCitizens signUps, LineGateway line, AuditLog audit,
            Departments departments, Wording wording) {
        this.catalog = catalog;
        this.signUps = signUps;
        this.line = line;
        this.audit = audit;
        this.departments = departments;
        this.wording = wording;
    }

    /** Stores a new opportunity; without a department it belongs to {@code fallbackDepartment}. */
    public Opportunity create(Opportunity draft, String fallbackDepartment) {
        Opportunity created = draft.withDepartment(department(draft.department(), fallbackDepartment));
        catalog.save(created);
        audit.record("opportunity.create", new AuditLog.Target(created.id(), created.title()),
                "部署: " + created.department(), List.of());
        return created;
    }

    /**
     * Replaces an opportunity; it stays sample data if it was, and keeps its department unless another is asked
     * for.
     */
    public Opportunity update(Opportunity edited) {
        Opportunity before = existing(edited.id());
        int taken = signUps.taken(edited.id());
        if (edited.capacity() < taken) {
            throw new OpportunityChangeRefused(new Refusal.CapacityBelowPlacesTaken(edited.capacity(), taken));
        }
        Opportunity after = new Opportunity(edited.id(), edited.kind(), edited.title(), edited.description(),
                edited.category(), edited.district(), edited.place(), edited.start(), edited.end(),
                edited.capacity(), edited.organiser(), edited.contact(), before.sample(),
                department(edited.department(), before.department()));
        catalog.save(after);
        audit.record("opportunity.update", new AuditLog.Target(after.id(), after.title()), null,
                CatalogAuditFields.of(before.withDepartment(departments.of(before.department())), after));
        return after;
    }

    /**
     * Deletes an opportunity. With sign-ups (confirmed or waiting) this is refused unless {@code tellSignedUp}:
     * then each of them is told on LINE that it is cancelled, and their sign-up is cancelled.
     */
    public Removal delete(String id, boolean tellSignedUp) {
        Opportunity opportunity = existing(id);
        List<String> signedUp = new ArrayList<>(signUps.citizensOf(id));
        if (!signedUp.isEmpty() && !tellSignedUp) {
            throw new OpportunityChangeRefused(new Refusal.SignUpsWouldBeDropped(signedUp.size()));
        }
        // The waitlist goes first, so cancelling a confirmed place never moves anyone up (and tells them so).
        Collections.reverse(signedUp);
        int told = 0;
        String text = wording.text("catalog.opportunity-cancelled", Map.of("title", opportunity.title(),
                "when", DisplayText.when(opportunity)));
        for (String userId : signedUp) {
            // A key per opportunity and citizen: deleting again after a crash does not tell anyone twice.
            UUID retryKey = UUID.nameUUIDFromBytes(("opportunity-cancelled\n" + id + "\n" + userId)
                    .getBytes(StandardCharsets.UTF_8));
            Delivery delivery = line.push(userId, Reply.of(new Reply.Text(text)), retryKey);
            if (delivery == Delivery.SENT || delivery == Delivery.ALREADY_SENT) {
                told++;
            }
            signUps.release(id, userId);
        }
        catalog.deleteOpportunity(id);
        audit.record("opportunity.delete", new AuditLog.Target(id, opportunity.title()), signedUp.isEmpty() ? null
                : "申し込み" + signedUp.size() + "件を取り消し、" + told + "人にLINEでお知らせ", List.of());
        return new Removal(id, opportunity.title(), signedUp.size(), told);
    }

    private Opportunity existing(String id) {
        return catalog.findOpportunity(id)
                .orElseThrow(() -> new OpportunityChangeRefused(new Refusal.NoSuchOpportunity(id)));
    }

    private String department(String requested, String fallback) {
        if (requested == null || requested.isBlank()) {
            return departments.of(fallback);
        }
        if (!departments.isKnown(requested)) {
            throw new OpportunityChangeRefused(new Refusal.UnknownDepartment(requested));
        }
        return requested.strip();
    }

    /** What a delete did: sign-ups cancelled, and how many of those citizens LINE accepted a notice for. */
    public record Removal(String id, String title, int signUpsCancelled, int citizensTold) {
    }

    /** Why a change was not made; the API and the console each say it in their own words. */
    public sealed interface Refusal {

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

    /** A change refused for a {@link Refusal}; nothing was stored, audited or sent. */
    public static final class OpportunityChangeRefused extends RuntimeException {

        private final transient Refusal refusal;

        OpportunityChangeRefused(Refusal refusal) {
            super(refusal.toString(), null, false, false);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }
}
