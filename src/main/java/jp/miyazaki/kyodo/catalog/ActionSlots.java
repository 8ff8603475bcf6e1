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
    /** A comment the citizen chose not to give: 「スキップ」「特になし」. */
    private static final List<String> NO_COMMENT = List.of("スキップ", "なし", "ない", "特になし", "とくになし", "skip");
    /** The one area name that is not a district: 中央東 and 中央西 together. */
    private static final String CITY_CENTRE = "中央";

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

    /** A free comment, empty when not given or skipped (「スキップ」「なし」). */
    public Optional<String> comment(String name) {
        return text(name).filter(c -> !NO_COMMENT.contains(c.toLowerCase()));
    }

    /** How the citizen wants to be answered: {@code phone} (phone, 電話), {@code email} (メール) or {@code line}. */
    public String contactWay(String... names) {
        return switch (text(names).orElse("line").toLowerCase()) {
            case "phone", "電話" -> "phone";
            case "email", "mail", "メール" -> "email";
            default -> "line";
        };
    }

    /**
     * The name of a catalog item in a request for it: 「『竹林整備』に申し込みたい」 gives 竹林整備; the whole reference
     * when nothing is left.
     */
    public static String itemNamed(String reference) {
        String name = reference.replaceAll("[「」『』]", "").replaceFirst("(に|へ|の)?(申し?込|参加|応募).*$", "");
        return name.isBlank() ? reference : name;
    }

    /** Whether a roll-call answer means everyone (all, 全員). */
    public static boolean meansEveryone(String answer) {
        return answer.equals("all") || answer.contains("全員");
    }

    /** Whether a roll-call answer means no one (nobody, なし, 誰も, いない). */
    public static boolean meansNobody(String answer) {
        return answer.equals("nobody") || answer.contains("なし") || answer.contains("誰も") || answer.contains("いない");
    }

    public Optional<String> district(String... names) {
        return text(names).flatMap(District::canonical);
    }

    /** The districts a slot means; 中央 means both 中央東 and 中央西. Empty when not given or unknown. */
    public List<String> districtArea(String... names) {
        return text(names).map(District::area).orElse(List.of());
    }

    /** A district, or 中央 for the area of 中央東 and 中央西; empty when not given or unknown. */
    public Optional<String> districtOrCentre(String... names) {
        return text(names).filter(d -> !District.area(d).isEmpty())
                .map(d -> District.canonical(d).orElse(CITY_CENTRE));
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
