package jp.miyazaki.kyodo.dialog.flow;

/** One thing wrong in the flow files, shown to staff as {@code file:line: reason}. */
public record Problem(String file, int line, String reason) implements Comparable<Problem> {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
