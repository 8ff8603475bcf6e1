package jp.miyazaki.kyodo.catalog;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.DepartmentRule;
import jp.miyazaki.kyodo.admin.Departments;
import jp.miyazaki.kyodo.shared.ChangeRefused;

/**
 * Staff adding, changing and deleting grants and facilities: the one place for the rules and the audit entries,
 * called by the admin API and the console alike (opportunities, which have sign-ups, go through
 * {@link OpportunityChanges}). An item belongs to the department asked for (refused when not configured), else to
 * the fallback's; an edited one stays sample data if it was. Only its department's staff (and admins) change and
 * delete it, and staff add items only for a department they may assign ({@link DepartmentRule}). Audited as
 * {@code grant.create}, {@code facility.update}, … with what changed in the console's words
 * ({@link CatalogAuditFields}).
 */
@Service
public class CatalogItemChanges {

    private final AuditLog audit;
    private final Departments departments;
    private final DepartmentRule departmentRule;
    private final Items<Grant> grants;
    private final Items<Facility> facilities;

    public CatalogItemChanges(CatalogRepository catalog, AuditLog audit, Departments departments,
            DepartmentRule departmentRule) {
        this.audit = audit;
        this.departments = departments;
        this.departmentRule = departmentRule;
        this.grants = new Items<>("grant", catalog::findGrant, catalog::save, catalog::deleteGrant);
        this.facilities = new Items<>("facility", catalog::findFacility, catalog::save, catalog::deleteFacility);
    }

    /** Stores a new grant; without a department it belongs to {@code fallbackDepartment}. */
    public Grant create(Grant draft, String fallbackDepartment) {
        Grant created = store(grants, draft, fallbackDepartment);
        audit.record("grant.create", target(created), "部署: " + created.department(), List.of());
        return created;
    }

    /** Stores a new facility; without a department it belongs to {@code fallbackDepartment}. */
    public Facility create(Facility draft, String fallbackDepartment) {
        Facility created = store(facilities, draft, fallbackDepartment);
        audit.record("facility.create", target(created), "部署: " + created.department(), List.of());
        return created;
    }

    /** Replaces a grant; it keeps its department unless another is asked for. */
    public Grant update(Grant edited) {
        Replaced<Grant> grant = replace(grants, edited);
        audit.record("grant.update", target(grant.after()), null, CatalogAuditFields.of(grant.before(), grant.after()));
        return grant.after();
    }

    /** Replaces a facility; it keeps its department unless another is asked for. */
    public Facility update(Facility edited) {
        Replaced<Facility> facility = replace(facilities, edited);
        audit.record("facility.update", target(facility.after()), null,
                CatalogAuditFields.of(facility.before(), facility.after()));
        return facility.after();
    }

    /** Deletes a grant; the answer is the grant as it was. */
    public Grant deleteGrant(String id) {
        Grant gone = remove(grants, id);
        audit.record("grant.delete", target(gone), null, List.of());
        return gone;
    }

    /** Deletes a facility; the answer is the facility as it was. */
    public Facility deleteFacility(String id) {
        Facility gone = remove(facilities, id);
        audit.record("facility.delete", target(gone), null, List.of());
        return gone;
    }

    /**
     * {@code draft} as {@link #create(Grant, String)} (its id is new) or {@link #update(Grant)} (it exists) would
     * store it, or the refusal they would give, without storing anything: an import checks every row first.
     */
    public Grant vetted(Grant draft, String fallbackDepartment) {
        return vetted(grants, draft, fallbackDepartment);
    }

    /** {@code draft} as a create or an update would store it, or their refusal, without storing anything. */
    public Facility vetted(Facility draft, String fallbackDepartment) {
        return vetted(facilities, draft, fallbackDepartment);
    }

    private <T extends CatalogItem<T>> T vetted(Items<T> items, T draft, String fallbackDepartment) {
        Optional<T> before = items.find().apply(draft.id());
        return before.isPresent() ? replacing(before.get(), draft) : creating(draft, fallbackDepartment);
    }

    private <T extends CatalogItem<T>> T store(Items<T> items, T draft, String fallbackDepartment) {
        T created = creating(draft, fallbackDepartment);
        items.save().accept(created);
        return created;
    }

    private <T extends CatalogItem<T>> T creating(T draft, String fallbackDepartment) {
        T created = draft.withDepartment(department(draft.department(), fallbackDepartment));
        departmentRule.requireMayAssign(created.department());
        return created;
    }

    /** Both versions carry their department by name, as the audit's changes compare them. */
    private <T extends CatalogItem<T>> Replaced<T> replace(Items<T> items, T edited) {
        T before = existing(items, edited.id());
        T after = replacing(before, edited);
        items.save().accept(after);
        return new Replaced<>(before.withDepartment(departments.of(before.department())), after);
    }

    private <T extends CatalogItem<T>> T replacing(T before, T edited) {
        departmentRule.requireMayChange(before.department());
        return edited.withSample(before.sample()).withDepartment(department(edited.department(), before.department()));
    }

    private <T extends CatalogItem<T>> T remove(Items<T> items, String id) {
        T gone = existing(items, id);
        departmentRule.requireMayChange(gone.department());
        if (!items.delete().test(id)) {
            throw new ChangeRefused(new Refusal.NoSuchItem(items.kind(), id));
        }
        return gone;
    }

    private static AuditLog.Target target(CatalogItem<?> item) {
        return new AuditLog.Target(item.id(), item.name());
    }

    private <T extends CatalogItem<T>> T existing(Items<T> items, String id) {
        return items.find().apply(id)
                .orElseThrow(() -> new ChangeRefused(new Refusal.NoSuchItem(items.kind(), id)));
    }

    /** The department asked for (refused when not configured), else {@code fallback}'s, always by its name. */
    private String department(String requested, String fallback) {
        return departments.chosen(requested, fallback)
                .orElseThrow(() -> new ChangeRefused(new Refusal.UnknownDepartment(requested)));
    }

    /** How one kind of item is stored; {@code kind} names it in a refusal ({@code grant}, {@code facility}). */
    private record Items<T>(String kind, Function<String, Optional<T>> find, Consumer<T> save,
            Predicate<String> delete) {
    }

    /** An item as it was and as it is stored now. */
    private record Replaced<T>(T before, T after) {
    }

    /** Why a change was not made; the API and the console each say it in their own words. */
    public sealed interface Refusal extends ChangeRefused.Refusal {

        /** The item does not exist (any more); {@code item} is {@code grant} or {@code facility}. */
        record NoSuchItem(String item, String id) implements Refusal {
        }

        /** The department asked for is not one of the configured ones. */
        record UnknownDepartment(String department) implements Refusal {
        }
    }
}
