package jp.miyazaki.kyodo.nlu;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds which of a few dozen known names a message mentions, tolerating a missing or mistyped character and
 * hiragana/katakana differences: the longest stretch the message shares with a name must cover most of that name.
 * Both sides are compared after the understanding's normalisation and kana folding.
 */
final class NameSpotter {

    /** How much of a name the message must contain in one stretch. */
    static final double COVERAGE = 0.7;
    private static final int SHORTEST_STRETCH = 4;
    private static final Pattern BRACKETED = Pattern.compile("[(（【\\[][^)）】\\]]*[)）】\\]]");

    private final TextNormalizer normalizer = new TextNormalizer();

    /** The best-covered name, if any covers enough; ties go to the longer name. */
    Optional<String> spot(String foldedMessage, List<String> names) {
        String best = null;
        double bestScore = 0;
        int bestLength = 0;
        for (String name : names) {
            String full = TextNormalizer.foldKana(normalizer.normalize(name));
            // People leave out a qualifier in brackets: 市民活動支援補助金（スタートアップ部門）.
            String core = BRACKETED.matcher(full).replaceAll("");
            for (String folded : core.equals(full) ? List.of(full) : List.of(full, core)) {
                if (folded.length() < SHORTEST_STRETCH) {
                    continue;
                }
                int shared = foldedMessage.contains(folded) ? folded.length()
                        : longestCommonStretch(foldedMessage, folded);
                double score = (double) shared / folded.length();
                if (shared >= SHORTEST_STRETCH && score >= COVERAGE
                        && (score > bestScore || score == bestScore && folded.length() > bestLength)) {
                    best = name;
                    bestScore = score;
                    bestLength = folded.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static int longestCommonStretch(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        int longest = 0;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                current[j] = a.charAt(i - 1) == b.charAt(j - 1) ? previous[j - 1] + 1 : 0;
                longest = Math.max(longest, current[j]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return longest;
    }
}
