package jp.miyazaki.kyodo.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.miyazaki.kyodo.label.Labelled;
import jp.miyazaki.kyodo.shared.CityTime;

/**
 * What an edit changed, field by field, for the audit log: the fields named in Japanese whose shown value differs
 * between {@code before} and {@code after}, each as staff read it (a time in Miyazaki's zone, a category by its
 * label, a list joined with 「、」, 「なし」 for nothing, a long text cut
 * at 60 characters).
 * {@code AuditChanges.between(before, after).field("開始日時", Opportunity::start).list()}.
 */
public final class AuditChanges<T> {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy/M/d(E) H:mm", Locale.JAPAN);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/M/d(E)", Locale.JAPAN);
    private static final String NOTHING = "なし";
    private static final int LONGEST = 60;

    private final T before;
    private final T after;
    private final List<AuditLog.Change> changes = new ArrayList<>();

    private AuditChanges(T before, T after) {
        this.before = before;
        this.after = after;
    }

    public static <T> AuditChanges<T> between(T before, T after) {
        return new AuditChanges<>(before, after);
    }

    /** Adds the field {@code name} when its shown value differs. */
    public AuditChanges<T> field(String name, Function<? super T, ?> value) {
        String was = shown(value.apply(before));
        String is = shown(value.apply(after));
        if (!was.equals(is)) {
            changes.add(new AuditLog.Change(name, AuditLog.cut(was, LONGEST), AuditLog.cut(is, LONGEST)));
        }
        return this;
    }

    /** The changed fields in the order they were named; empty when nothing shown changed. */
    public List<AuditLog.Change> list() {
        return List.copyOf(changes);
    }

    /** A value as staff read it on the audit page (a time in Miyazaki's zone: 2026/12/5(土) 9:30). */
    public static String shown(Object value) {
        String text;
        if (value == null) {
            text = "";
        } else if (value instanceof Labelled labelled) {
            text = labelled.label();
        } else if (value instanceof Boolean yes) {
            text = yes ? "はい" : "いいえ";
        } else if (value instanceof OffsetDateTime time) {
            text = DATE_TIME.format(time.atZoneSameInstant(CityTime.ZONE));
        } else if (value instanceof ZonedDateTime time) {
            text = DATE_TIME.format(time.withZoneSameInstant(CityTime.ZONE));
        } else if (value instanceof Instant time) {
            text = DATE_TIME.format(time.atZone(CityTime.ZONE));
        } else if (value instanceof LocalDate day) {
            text = DATE.format(day);
        } else if (value instanceof Collection<?> items) {
            text = items.stream().map(AuditChanges::shown).filter(item -> !item.equals(NOTHING))
                    .collect(Collectors.joining("、"));
        } else {
            text = value.toString();
        }
        return text.isBlank() ? NOTHING : text.strip();
    }
}
