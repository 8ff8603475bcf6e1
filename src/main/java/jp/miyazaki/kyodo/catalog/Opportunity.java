package jp.miyazaki.kyodo.catalog;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import jp.miyazaki.kyodo.shared.CityTime;

/**
 * A volunteer opportunity, event or course that citizens can join. Times are in Asia/Tokyo; {@code sample}
 * marks demonstration data that is not a real activity. {@code department} is the city department (部署) that owns
 * it; null means the configured default department. {@code attributes} say who can join easily (children welcome,
 * wheelchair accessible …); stored opportunities written before there were attributes read as having none.
 * {@code address} and {@code location} say where {@code place} is, for 「この近くでボランティア」 and map links; both
 * are optional, and opportunities stored before there were positions read as having neither. {@code translations}
 * hold staff's English title, description, place and organiser; those stored before read as having none.
 */
public record Opportunity(
        String id,
        OpportunityKind kind,
        String title,
        String description,
        Category category,
        String district,
        String place,
        OffsetDateTime start,
        OffsetDateTime end,
        int capacity,
        String organiser,
        String contact,
        boolean sample,
        String department,
        Set<OpportunityAttribute> attributes,
        String address,
        GeoPoint location,
        Translations translations) {

    public Opportunity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("opportunity " + id + " ends before it starts");
        }
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        description = description == null ? "" : description;
        address = address == null || address.isBlank() ? null : address.strip();
        department = department == null || department.isBlank() ? null : department.strip();
        attributes = attributes(attributes);
        translations = translations == null ? Translations.NONE : translations;
        // Stored JSON comes back in UTC; keep every time in Tokyo so equal opportunities are equal records.
        start = start.atZoneSameInstant(CityTime.ZONE).toOffsetDateTime();
        end = end.atZoneSameInstant(CityTime.ZONE).toOffsetDateTime();
    }

    /** An opportunity without translations. */
    public Opportunity(String id, OpportunityKind kind, String title, String description, Category category,
            String district, String place, OffsetDateTime start, OffsetDateTime end, int capacity, String organiser,
            String contact, boolean sample, String department, Set<OpportunityAttribute> attributes, String address,
            GeoPoint location) {
        this(id, kind, title, description, category, district, place, start, end, capacity, organiser, contact,
                sample, department, attributes, address, location, Translations.NONE);
    }

    /** An opportunity without an address or a position. */
    public Opportunity(String id, OpportunityKind kind, String title, String description, Category category,
            String district, String place, OffsetDateTime start, OffsetDateTime end, int capacity, String organiser,
            String contact, boolean sample, String department, Set<OpportunityAttribute> attributes) {
        this(id, kind, title, description, category, district, place, start, end, capacity, organiser, contact,
                sample, department, attributes, null, null);
    }

    /** An opportunity without attributes. */
    public Opportunity(String id, OpportunityKind kind, String title, String description, Category category,
            String district, String place, OffsetDateTime start, OffsetDateTime end, int capacity, String organiser,
            String contact, boolean sample, String department) {
        this(id, kind, title, description, category, district, place, start, end, capacity, organiser, contact,
                sample, department, Set.of());
    }

    /** An opportunity of the default department. */
    public Opportunity(String id, OpportunityKind kind, String title, String description, Category category,
            String district, String place, OffsetDateTime start, OffsetDateTime end, int capacity, String organiser,
            String contact, boolean sample) {
        this(id, kind, title, description, category, district, place, start, end, capacity, organiser, contact,
                sample, null, Set.of());
    }

    /** This opportunity owned by {@code owner} (null: the default department). */
    public Opportunity withDepartment(String owner) {
        return new Opportunity(id, kind, title, description, category, district, place, start, end, capacity,
                organiser, contact, sample, owner, attributes, address, location, translations);
    }

    /** This opportunity with exactly {@code these} attributes. */
    public Opportunity withAttributes(Collection<OpportunityAttribute> these) {
        return new Opportunity(id, kind, title, description, category, district, place, start, end, capacity,
                organiser, contact, sample, department, Set.copyOf(these), address, location, translations);
    }

    /** This opportunity held at {@code where} (null: no address), standing at {@code point} (null: unknown). */
    public Opportunity at(String where, GeoPoint point) {
        return new Opportunity(id, kind, title, description, category, district, place, start, end, capacity,
                organiser, contact, sample, department, attributes, where, point, translations);
    }

    /** This opportunity with {@code these} translations. */
    public Opportunity translated(Translations these) {
        return new Opportunity(id, kind, title, description, category, district, place, start, end, capacity,
                organiser, contact, sample, department, attributes, address, location, these);
    }

    public boolean has(OpportunityAttribute attribute) {
        return attributes.contains(attribute);
    }

    /** In the enum's order, so equal sets print and serialise alike. */
    private static Set<OpportunityAttribute> attributes(Collection<OpportunityAttribute> given) {
        if (given == null || given.isEmpty()) {
            return Set.of();
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(given));
    }
}
