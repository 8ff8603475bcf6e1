package jp.miyazaki.kyodo.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A public place for civic activity (公民館, 交流センター, 市民活動センター, …) and how to book it. {@code department}
 * manages it; null means the configured default department. {@code location} is where it stands, for 「近くの公民館」
 * and map links; null when staff have not given it (facilities stored before there were positions read so).
 * {@code translations} hold staff's English name ({@code title}) and way of booking ({@code description});
 * facilities stored before read as having none.
 */
public record Facility(
        String id,
        String name,
        String kind,
        String district,
        String address,
        String hours,
        List<String> rooms,
        List<String> equipment,
        String bookingMethod,
        String phone,
        boolean sample,
        String department,
        GeoPoint location,
        Translations translations) implements CatalogItem<Facility> {

    public Facility {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        rooms = rooms == null ? List.of() : List.copyOf(rooms);
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
        department = department == null || department.isBlank() ? null : department.strip();
        translations = translations == null ? Translations.NONE : translations;
    }

    /** A facility without translations. */
    public Facility(String id, String name, String kind, String district, String address, String hours,
            List<String> rooms, List<String> equipment, String bookingMethod, String phone, boolean sample,
            String department, GeoPoint location) {
        this(id, name, kind, district, address, hours, rooms, equipment, bookingMethod, phone, sample, department,
                location, Translations.NONE);
    }

    /** A facility without a position. */
    public Facility(String id, String name, String kind, String district, String address, String hours,
            List<String> rooms, List<String> equipment, String bookingMethod, String phone, boolean sample,
            String department) {
        this(id, name, kind, district, address, hours, rooms, equipment, bookingMethod, phone, sample, department,
                null);
    }

    /** A facility of the default department. */
    public Facility(String id, String name, String kind, String district, String address, String hours,
            List<String> rooms, List<String> equipment, String bookingMethod, String phone, boolean sample) {
        this(id, name, kind, district, address, hours, rooms, equipment, bookingMethod, phone, sample, null, null);
    }

    /** This facility managed by {@code owner} (null: the default department). */
    @Override
    public Facility withDepartment(String owner) {
        return new Facility(id, name, kind, district, address, hours, rooms, equipment, bookingMethod, phone, sample,
                owner, location, translations);
    }

    @Override
    public Facility withSample(boolean marked) {
        return new Facility(id, name, kind, district, address, hours, rooms, equipment, bookingMethod, phone, marked,
                department, location, translations);
    }

    /** This facility standing at {@code where} (null: no position known). */
    public Facility at(GeoPoint where) {
        return new Facility(id, name, kind, district, address, hours, rooms, equipment, bookingMethod, phone, sample,
                department, where, translations);
    }
}
