package jp.miyazaki.kyodo.catalog.console;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntBiFunction;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * One kind of catalog item (opportunities, grants, facilities) as a sheet of rows: its columns, a row read into the
 * console's form for that item (so a row meets the form's rules and Japanese messages, the rules of the admin API's
 * requests), an item written back as the cells the same row reads, and how items of the kind are stored. Export
 * and import are symmetric: what {@link #cells} writes, {@link #reader} reads unchanged.
 *
 * @param kind    the item's code in ids, audit actions and file names ({@code opportunity})
 * @param path    its list's path segment ({@code opportunities})
 * @param heading what staff call the list
 * @param idPrefix the prefix of an id generated for a row without one
 * @param fieldOf the form's cross-field checks ({@code endAfterStart}) by the column they are about
 */
public record CatalogSheet<T>(String kind, String path, String heading, String idPrefix, List<Column> columns,
        Map<String, String> fieldOf, RowReader<T> reader, Function<T, List<String>> cells, Store<T> store) {

    /** One column: its stable English name (the API's field name) and its Japanese heading, which exports use. */
    public record Column(String name, String label) {
    }

    /** A problem with one row, in Japanese: its number as Excel shows it, the column's name, what to do. */
    public record Problem(int row, String field, String message) {
    }

    /** Builds the item of a row: its id, whether it stays sample data, and the cells; null when a cell is wrong. */
    interface RowReader<T> {
        T item(Cells cells, String id, boolean sample);
    }

    /**
     * How items of this kind are found, listed, checked and written: {@code vetted} is the application service's
     * rule for a create or an update (a refusal is thrown); {@code tell} tells the citizens of a replaced item what
     * moved and answers how many were told.
     */
    record Store<T>(Function<String, Optional<T>> find, Supplier<List<T>> all, Function<T, String> id,
            Function<T, String> name, Function<T, Boolean> sample, BiFunction<T, String, T> vetted,
            Consumer<T> save, Consumer<String> delete,
            ToIntBiFunction<T, T> tell) {
    }

    List<String> header() {
        return columns.stream().map(Column::label).toList();
    }

    public String labelOf(String field) {
        return columns.stream().filter(c -> c.name().equals(field)).map(Column::label).findFirst().orElse(field);
    }

    /**
     * The cells of one row read by column name, and the problems found in them. Dates read as Excel writes them
     * (2026/12/5 9:00) or as exports do (2026-12-05 09:00); lists one item per line, or ids separated by commas.
     */
    static final class Cells {

        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-M-d H:mm[:ss]")
                .withResolverStyle(ResolverStyle.STRICT);
        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-M-d")
                .withResolverStyle(ResolverStyle.STRICT);

        private final int row;
        private final Map<String, String> byName;
        private final Function<String, String> labelOf;
        private final List<Problem> problems = new ArrayList<>();

        Cells(int row, Map<String, String> byName, Function<String, String> labelOf) {
            this.row = row;
            this.byName = new HashMap<>(byName);
            this.labelOf = labelOf;
        }

        int row() {
            return row;
        }

        List<Problem> problems() {
            return problems;
        }

        String text(String name) {
            return byName.getOrDefault(name, "").strip();
        }

        /** Blank, or a date and time in Miyazaki (a date alone is midnight). */
        LocalDateTime dateTime(String name) {
            String text = normalised(name);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return text.contains(":") ? LocalDateTime.parse(text, DATE_TIME)
                        : LocalDate.parse(text, DATE).atStartOfDay();
            } catch (DateTimeParseException e) {
                problem(name, labelOf.apply(name) + "は「2026-12-05 09:00」の形で入力してください");
                return null;
            }
        }

        LocalDate date(String name) {
            String text = normalised(name);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(text.split(" ")[0], DATE);
            } catch (DateTimeParseException e) {
                problem(name, labelOf.apply(name) + "は「2026-12-05」の形で入力してください");
                return null;
            }
        }

        /** A whole number of at least 0; a blank or wrong one is a problem (and reads as 0). */
        int count(String name) {
            String text = text(name);
            try {
                return Integer.parseInt(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
            } catch (NumberFormatException e) {
                problem(name, labelOf.apply(name) + "は半角の整数で入力してください");
                return 0;
            }
        }

        /** Ids separated by commas, 「、」 or spaces. */
        List<String> ids(String name) {
            String text = text(name);
            return text.isEmpty() ? List.of() : Arrays.stream(text.split("[,、，\\s]+")).filter(s -> !s.isEmpty())
                    .toList();
        }

        void problem(String name, String message) {
            problems.add(new Problem(row, name, message));
        }

        /**
         * The form's violations as problems, each on the column it is about; a column already reported for its
         * format is not reported again.
         */
        <F> boolean valid(F form, Validator validator, Map<String, String> fieldOf) {
            for (ConstraintViolation<F> violation : validator.validate(form)) {
                String path = violation.getPropertyPath().toString();
                String field = fieldOf.getOrDefault(path, path.contains("[") ? path.substring(0, path.indexOf('['))
                        : path);
                if (problems.stream().noneMatch(p -> p.field().equals(field))) {
                    problem(field, violation.getMessage());
                }
            }
            return problems.isEmpty();
        }

        private String normalised(String name) {
            return text(name).replace('/', '-').replace('T', ' ').replaceAll("\\s+", " ");
        }
    }

    /** Formats a form's time as exports write it, in Miyazaki time. */
    static String dateTime(LocalDateTime time) {
        return time == null ? "" : DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").format(time);
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String text(String text) {
        return text == null ? "" : text;
    }
}
