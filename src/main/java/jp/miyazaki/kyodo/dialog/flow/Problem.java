package jp.miyazaki.kyodo.dialog.flow;

import java.util.Comparator;

import org.springframework.modulith.NamedInterface;

/**
 * One thing wrong in the dialog files, shown to staff as {@code file:line:column: reason}, or {@code file:line:
 * reason} where the column is not known ({@code column} 0).
 */
@NamedInterface("flow")
public record Problem(String file, int line, int column, String reason) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column);

    public Problem(String file, int line, String reason) {
        this(file, line, 0, reason);
    }

    @Override
    public String toString() {
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + reason;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
