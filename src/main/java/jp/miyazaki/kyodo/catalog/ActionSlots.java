package jp.miyazaki.kyodo.catalog;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jp.miyazaki.kyodo.dialog.DialogAction;
import jp.miyazaki.kyodo.nlu.DateRange;

/**
 * Reads the string slots flows pass to actions. A slot may be absent, blank, {@code any} or {@code none} (not
 * given, no restriction); lists are separated
 * by commas, 「、」 or spaces; dates are ISO days ({@code 2026-11-28}, a date-time is cut to its day) and a
 * {@code date} slot may hold a range as {@code from/to} (or {@code from..to}, {@code from~to}).
 */
public final class ActionSlots {

    /** What flows put in a slot to mean "no restriction" or "not given". */
    private static final List<String> NO_RESTRICTION = List.of("any", "none");

    private final DialogAction.Context context;

    public ActionSlots(DialogAction.Context context) {
        this.context = context;
    }

    /** The first of the names that holds a non-blank value, stripped. */
    public Optional<String> text(String... names) {
        for (String name : names) {
            String value = context.slots().get(name);
            if (value != null && !value.isBlank() && !NO_RESTRICTION.contains(value.strip())) {
                return Optional.of(Normalizer.normalize(value, Normalizer.Form.NFKC).strip());
            }
        }
        return Optional.empty();
    }

    public List<String> list(String... names) {
        return text(names).map(value -> Arrays.stream(value.split("[,、\\s]+"))
                .filter(part -> !part.isBlank()).toList()).orElse(List.of());
    }

    /** yes/true/はい/1 are yes; anything else, or nothing, is no. */
    public boolean yes(String name) {
        return text(name).map(v -> List.of("yes", "true", "1", "はい", "ok", "y").contains(v.toLowerCase()))
                .orElse(false);
    }

    public Optional<Category> category(String... names) {
        return text(names).flatMap(Category::parse);
    }

    public List<Category> categories(String... names) {
        List<Category> categories = new ArrayList<>();
        for (String part : list(names)) {
            Category.parse(part).filter(c -> !categories.contains(c)).ifPresent(categories::add);
        }
        return categories;
    }

    /** Parts of the list that are not a known category (to tell the user). */
    public List<String> unknownCategories(String... names) {
        return list(names).stream().filter(part -> Category.parse(part).isEmpty()).toList();
    }

    public Optional<String> district(String... names) {
        return text(names).flatMap(District::canonical);
    }

    /** The districts a slot means; 中央 means both 中央東 and 中央西. Empty when not given or unknown. */
    public List<String> districtArea(String... names) {
        return text(names).map(District::area).orElse(List.of());
    }

    public List<String> districts(String... names) {
        List<String> districts = new ArrayList<>();
        for (String part : list(names)) {
            District.canonical(part).filter(d -> !districts.contains(d)).ifPresent(districts::add);
        }
        return districts;
    }

    public List<String> unknownDistricts(String... names) {
        return list(names).stream().filter(part -> District.canonical(part).isEmpty()).toList();
    }

    public Optional<LocalDate> date(String name) {
        return text(name).flatMap(ActionSlots::day);
    }

    /** A {@code from/to} range (or a single day) in one slot. */
    public Optional<DateRange> range(String name) {
        return text(name).flatMap(value -> {
            String[] parts = value.split("/|\\.\\.|~");
            Optional<LocalDate> from = day(parts[0]);
            Optional<LocalDate> to = parts.length > 1 ? day(parts[1]) : from;
            return from.isPresent() && to.isPresent() && !to.get().isBefore(from.get())
                    ? Optional.of(new DateRange(from.get(), to.get())) : Optional.empty();
        });
    }

    public Optional<Integer> number(String name) {
        return text(name).map(v -> v.replaceAll("[人名様\\s]", "")).flatMap(v -> {
            try {
                return Optional.of(Integer.parseInt(v));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<LocalDate> day(String text) {
        String value = text.strip();
        try {
            return Optional.of(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
