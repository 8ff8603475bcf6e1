package jp.miyazaki.kyodo.catalog;

import java.time.OffsetDateTime;
import java.util.Objects;

import jp.miyazaki.kyodo.shared.CityTime;

/**
 * A volunteer opportunity, event or course that citizens can join. Times are in Asia/Tokyo; {@code sample}
 * marks demonstration data that is not a real activity. {@code department} is the city department (部署) that owns
 * it; null means the configured default department.
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
        String department) {

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
        department = department == null || department.isBlank() ? null : department.strip();
        // Stored JSON comes back in UTC; keep every time in Tokyo so equal opportunities are equal records.
        start = start.atZoneSameInstant(CityTime.ZONE).toOffsetDateTime();
        end = end.atZoneSameInstant(CityTime.ZONE).toOffsetDateTime();
    }

    /** An opportunity of the default department. */
    public Opportunity(String id, OpportunityKind kind, String title, String description, Category category,
            String district, String place, OffsetDateTime start, OffsetDateTime end, int capacity, String organiser,
            String contact, boolean sample) {
        this(id, kind, title, description, category, district, place, start, end, capacity, organiser, contact,
                sample, null);
    }

    /** This opportunity owned by {@code owner} (null: the default department). */
    public Opportunity withDepartment(String owner) {
        return new Opportunity(id, kind, title, description, category, district, place, start, end, capacity,
                organiser, contact, sample, owner);
    }
}
