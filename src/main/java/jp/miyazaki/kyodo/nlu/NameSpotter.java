package jp.miyazaki.kyodo.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds which of a few dozen known names a message mentions, tolerating a missing or mistyped character and
 * hiragana/katakana differences: the longest stretch the message shares with a name must cover most of that name.
 * Both sides are compared after the understanding's normalisation and kana folding. Names are prepared once per
 * list (the catalog hands out the same list until it changes; use one spotter per kind of name), and only names
 * sharing a two-character piece with the message are compared in full, so spotting costs little next to
 * tokenising.
 */
final class NameSpotter {

    /** How much of a name the message must contain in one stretch. */
    static final double COVERAGE = 0.7;
    private static final int SHORTEST_STRETCH = 4;
    /** A qualifier in brackets that people leave out: 市民活動支援補助金（スタートアップ部門）. */
    private static final Pattern BRACKETED = Pattern.compile("[(（【\\[][^)）】\\]]*[)）】\\]]");

    private final TextNormalizer normalizer = new TextNormalizer();
    private volatile Prepared prepared = new Prepared(List.of(), List.of());

    /** The best-covered name, if any covers enough; ties go to the longer name. */
    Optional<String> spot(String foldedMessage, List<String> names) {
        return find(foldedMessage, names).map(Spotted::name);
    }

    /** The best-covered name and where the message writes it (the stretch it shares with the name). */
    Optional<Spotted> find(String foldedMessage, List<String> names) {
        if (names.isEmpty() || foldedMessage.length() < SHORTEST_STRETCH) {
            return Optional.empty();
        }
        int[] messagePieces = pieces(foldedMessage);
        Spotted best = null;
        double bestScore = 0;
        int bestLength = 0;
        for (Form form : prepare(names).forms()) {
            if (!sharesAPiece(form.pieces(), messagePieces)) {
                continue;
            }
            String folded = form.folded();
            int at = foldedMessage.indexOf(folded);
            int[] stretch = at >= 0 ? new int[] {at + folded.length(), folded.length()}
                    : longestCommonStretch(foldedMessage, folded);
            int shared = stretch[1];
            double score = (double) shared / folded.length();
            if (shared >= SHORTEST_STRETCH && score >= COVERAGE
                    && (score > bestScore || score == bestScore && folded.length() > bestLength)) {
                best = new Spotted(form.name(), stretch[0] - shared, stretch[0]);
                bestScore = score;
                bestLength = folded.length();
            }
        }
        return Optional.ofNullable(best);
    }

    private Prepared prepare(List<String> names) {
        Prepared current = prepared;
        if (current.names() == names) {
            return current;
        }
        List<Form> forms = new ArrayList<>();
        for (String name : names) {
            String full = TextNormalizer.foldKana(normalizer.normalize(name));
            String core = BRACKETED.matcher(full).replaceAll("");
            for (String folded : core.equals(full) ? List.of(full) : List.of(full, core)) {
                if (folded.length() >= SHORTEST_STRETCH) {
                    forms.add(new Form(name, folded, pieces(folded)));
                }
            }
        }
        Prepared fresh = new Prepared(names, forms);
        prepared = fresh;
        return fresh;
    }

    /** The text's two-character pieces, each as one int, sorted for binary search. */
    private static int[] pieces(String text) {
        int[] pieces = new int[Math.max(text.length() - 1, 0)];
        for (int i = 0; i < pieces.length; i++) {
            pieces[i] = text.charAt(i) << 16 | text.charAt(i + 1);
        }
        Arrays.sort(pieces);
        return pieces;
    }

    private static boolean sharesAPiece(int[] name, int[] message) {
        for (int piece : name) {
            if (Arrays.binarySearch(message, piece) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Where in {@code a} the longest stretch shared with {@code b} ends, and its length. */
    private static int[] longestCommonStretch(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        int longest = 0;
        int end = 0;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                current[j] = a.charAt(i - 1) == b.charAt(j - 1) ? previous[j - 1] + 1 : 0;
                if (current[j] > longest) {
                    longest = current[j];
                    end = i;
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return new int[] {end, longest};
    }

    /** A name found in a message, written at {@code [start, end)} of the folded message. */
    record Spotted(String name, int start, int end) {
    }

    /** One way of writing a name, folded, with its two-character pieces. */
    private record Form(String name, String folded, int[] pieces) {
    }

    /** The forms of one list of names; the list is compared by identity. */
    private record Prepared(List<String> names, List<Form> forms) {
    }
}
