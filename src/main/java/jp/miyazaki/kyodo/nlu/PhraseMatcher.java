package jp.miyazaki.kyodo.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds vocabulary phrases in normalised, kana-folded text; the longest match wins, then the earliest.
 * Phrases indexed by their first character keep a lookup to a few comparisons per character.
 */
final class PhraseMatcher<T> {

    /** Kana-only phrases (readings) need a word boundary, or たの would fire inside たのしい. */
    private record Entry<T>(String phrase, T value, boolean kanaBoundary) {
    }

    record Match<T>(int start, int end, T value) {
        int length() {
            return end - start;
        }
    }

    /** The words that may stand right before and right after a reading ({@code lexicon.yml}), folded. */
    private final List<String> beforeReading;
    private final List<String> afterReading;
    private final Map<Character, List<Entry<T>>> byFirstChar = new HashMap<>();

    PhraseMatcher(Lexicon lexicon) {
        this.beforeReading = lexicon.beforeReading().stream().map(TextNormalizer::foldKana).toList();
        this.afterReading = lexicon.afterReading().stream().map(TextNormalizer::foldKana).toList();
    }

    void add(String phrase, T value) {
        add(phrase, value, false);
    }

    /** With {@code readingNeedsBoundary}, a phrase written only in hiragana must stand as a word of its own. */
    void add(String phrase, T value, boolean readingNeedsBoundary) {
        String key = TextNormalizer.foldKana(phrase.replace(" ", ""));
        if (key.isEmpty()) {
            return;
        }
        boolean boundary = readingNeedsBoundary && isHiragana(phrase.replace(" ", ""));
        List<Entry<T>> entries = byFirstChar.computeIfAbsent(key.charAt(0), c -> new ArrayList<>());
        entries.add(new Entry<>(key, value, boundary));
        entries.sort(Comparator.comparingInt((Entry<T> e) -> e.phrase().length()).reversed());
    }

    /** All matches in {@code folded} (text already normalised and passed through {@link TextNormalizer#foldKana}). */
    List<Match<T>> findAll(String folded) {
        List<Match<T>> matches = new ArrayList<>(2);
        for (int i = 0; i < folded.length(); i++) {
            List<Entry<T>> entries = byFirstChar.get(folded.charAt(i));
            if (entries == null) {
                continue;
            }
            for (Entry<T> entry : entries) {
                if (folded.startsWith(entry.phrase(), i) && hasBoundary(folded, i, entry)) {
                    matches.add(new Match<>(i, i + entry.phrase().length(), entry.value()));
                    break;
                }
            }
        }
        return matches;
    }

    Optional<Match<T>> best(String folded) {
        Match<T> best = null;
        for (Match<T> match : findAll(folded)) {
            if (best == null || match.length() > best.length()) {
                best = match;
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean hasBoundary(String text, int start, Entry<?> entry) {
        if (!entry.kanaBoundary()) {
            return true;
        }
        int end = start + entry.phrase().length();
        boolean startOk = start == 0 || !TextNormalizer.isKana(text.charAt(start - 1))
                || endsWithAny(text, start, beforeReading);
        if (!startOk) {
            return false;
        }
        if (end == text.length() || !TextNormalizer.isKana(text.charAt(end))) {
            return true;
        }
        for (String particle : afterReading) {
            if (text.startsWith(particle, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String text, int end, List<String> words) {
        for (String word : words) {
            if (text.startsWith(word, end - word.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHiragana(String phrase) {
        return phrase.chars().allMatch(c -> (c >= 'ぁ' && c <= 'ゖ') || c == 'ー');
    }
}
