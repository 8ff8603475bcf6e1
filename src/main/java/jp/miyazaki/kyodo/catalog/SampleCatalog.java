package jp.miyazaki.kyodo.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jp.miyazaki.kyodo.label.Labelled;
import jp.miyazaki.kyodo.shared.CityTime;

/**
 * The demonstration catalog in {@code catalog/sample-catalog.yml}, with its relative dates turned into real ones
 * for the day it is loaded, so a demo on any date shows upcoming activities and open grants.
 */
public record SampleCatalog(String note, List<Opportunity> opportunities, List<Grant> grants,
        List<Facility> facilities) {

    public static final String RESOURCE = "catalog/sample-catalog.yml";

    public SampleCatalog {
        opportunities = List.copyOf(opportunities);
        grants = List.copyOf(grants);
        facilities = List.copyOf(facilities);
    }

    public static SampleCatalog load(LocalDate loadDay) {
        Map<String, Object> root = SampleYaml.read(RESOURCE);
        return new SampleCatalog((String) root.get("note"),
                SampleYaml.entries(root, "opportunities").stream().map(m -> opportunity(m, loadDay)).toList(),
                SampleYaml.entries(root, "grants").stream().map(m -> grant(m, loadDay)).toList(),
                SampleYaml.entries(root, "facilities").stream().map(SampleCatalog::facility).toList());
    }

    private static Opportunity opportunity(Map<String, Object> m, LocalDate loadDay) {
        LocalDate day = day(map(m, "date"), loadDay);
        String[] times = text(m, "time").split("-");
        return new Opportunity(text(m, "id"),
                Labelled.of(OpportunityKind.class, text(m, "kind")),
                text(m, "title"),
                text(m, "description"),
                Labelled.of(Category.class, text(m, "category")),
                district(text(m, "district")),
                text(m, "place"),
                at(day, times[0]),
                at(day, times[1]),
                ((Number) m.get("capacity")).intValue(),
                text(m, "organiser"),
                text(m, "contact"),
                true,
                text(m, "department"),
                strings(m, "attributes").stream().map(name -> Labelled.of(OpportunityAttribute.class, name)).collect(Collectors.toSet()),
                text(m, "address"), position(m), translations(m));
    }

    private static Grant grant(Map<String, Object> m, LocalDate loadDay) {
        LocalDate deadline = loadDay.plusDays(((Number) m.get("deadlineInDays")).longValue());
        Object closes = m.get("closesInDays");
        return new Grant(text(m, "id"), text(m, "name"), text(m, "purpose"),
                strings(m, "categories").stream().map(name -> Labelled.of(Category.class, name)).toList(),
                strings(m, "eligibleGroups"),
                text(m, "amount"),
                loadDay.plusDays(((Number) m.get("opensInDays")).longValue()),
                closes == null ? deadline : loadDay.plusDays(((Number) closes).longValue()),
                deadline,
                strings(m, "requiredDocuments"),
                text(m, "contact"),
                text(m, "url"),
                true,
                text(m, "department"),
                translations(m));
    }

    private static Facility facility(Map<String, Object> m) {
        return new Facility(text(m, "id"), text(m, "name"), text(m, "kind"), district(text(m, "district")),
                text(m, "address"), text(m, "hours"), strings(m, "rooms"), strings(m, "equipment"),
                text(m, "bookingMethod"), text(m, "phone"), true, text(m, "department"), position(m),
                translations(m));
    }

    /**
     * {@code translations: {en: {title: …, description: …, place: …, organiser: …}}}, each field optional (a
     * grant's purpose and a facility's way of booking are its description); none when the entry has none.
     */
    public static Translations translations(Map<String, Object> m) {
        Map<String, Object> given = map(m, "translations");
        if (given == null) {
            return Translations.NONE;
        }
        Map<String, TranslatedText> texts = new LinkedHashMap<>();
        given.forEach((language, value) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) value;
            texts.put(language, new TranslatedText(text(fields, "title"), text(fields, "description"),
                    text(fields, "place"), text(fields, "organiser")));
        });
        return new Translations(texts);
    }

    /** {@code latitude} and {@code longitude}, or null when the entry has neither. */
    private static GeoPoint position(Map<String, Object> m) {
        if (m.get("latitude") == null && m.get("longitude") == null) {
            return null;
        }
        return new GeoPoint(((Number) m.get("latitude")).doubleValue(), ((Number) m.get("longitude")).doubleValue());
    }

    /** {@code {daysFromNow: n}} or {@code {nextWeekday: SATURDAY, plusWeeks: n}} (the load day counts). */
    static LocalDate day(Map<String, Object> spec, LocalDate loadDay) {
        if (spec.containsKey("daysFromNow")) {
            return loadDay.plusDays(((Number) spec.get("daysFromNow")).longValue());
        }
        if (spec.containsKey("nextWeekday")) {
            DayOfWeek weekday = DayOfWeek.valueOf(((String) spec.get("nextWeekday")).toUpperCase());
            long weeks = spec.containsKey("plusWeeks") ? ((Number) spec.get("plusWeeks")).longValue() : 0;
            return loadDay.with(TemporalAdjusters.nextOrSame(weekday)).plusWeeks(weeks);
        }
        throw new IllegalArgumentException("a sample date needs daysFromNow or nextWeekday: " + spec);
    }

    private static OffsetDateTime at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time.strip())).atZone(CityTime.ZONE).toOffsetDateTime();
    }

    private static String district(String name) {
        return District.canonical(name)
                .orElseThrow(() -> new IllegalArgumentException("not a district of Miyazaki City: " + name));
    }

    private static String text(Map<String, Object> m, String key) {
        return Objects.toString(m.get(key), null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> m, String key) {
        return ((List<Object>) m.getOrDefault(key, List.of())).stream().map(String::valueOf).toList();
    }
}
