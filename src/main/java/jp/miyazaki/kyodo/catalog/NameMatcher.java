package jp.miyazaki.kyodo.catalog;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jp.miyazaki.kyodo.nlu.MorphologicalAnalyzer;
import jp.miyazaki.kyodo.nlu.Token;

/**
 * Finds the item a citizen means by a name they half remember: compares the written form (width, case and kana
 * folded) and the reading (so 「あおしまビーチ清掃」 finds 「青島ビーチ清掃」), tolerating small typos by edit
 * distance and accepting a name that is part of the title.
 */
public final class NameMatcher {

    /** Below this similarity a name is not taken to mean the item. */
    static final double THRESHOLD = 0.6;

    /** How many candidates' readings are kept (a few catalogs' titles); past that they are read afresh. */
    private static final int READINGS_KEPT = 4_096;

    private final MorphologicalAnalyzer analyzer;
    /** The readings of candidates' names: every search compares the same titles, so each is read once. */
    private final Map<String, String> readings = new ConcurrentHashMap<>();

    public NameMatcher(MorphologicalAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A candidate and how similar its name is, 0 to 1. */
    public record Scored<T>(T item, double similarity) {
    }

    /** The candidates that match well enough, best first. */
    public <T> List<Scored<T>> rank(String wanted, List<T> candidates, Function<T, String> name) {
        String wantedForm = fold(wanted);
        if (wantedForm.isEmpty()) {
            return List.of();
        }
        String wantedReading = reading(wanted);
        return candidates.stream()
                .map(item -> new Scored<>(item, similarity(wantedForm, wantedReading, name.apply(item))))
                .filter(scored -> scored.similarity() >= THRESHOLD)
                .sorted(Comparator.comparingDouble((Scored<T> s) -> s.similarity()).reversed())
                .toList();
    }

    public <T> Optional<T> best(String wanted, List<T> candidates, Function<T, String> name) {
        return rank(wanted, candidates, name).stream().findFirst().map(Scored::item);
    }

    private double similarity(String wantedForm, String wantedReading, String candidate) {
        String form = fold(candidate);
        String candidateReading = candidateReading(candidate);
        double best = Math.max(ratio(wantedForm, form), ratio(wantedReading, candidateReading));
        if (form.length() >= 4 && wantedForm.contains(form)) {
            // The citizen wrote the whole name inside a sentence ("地域コミュニティ活動交付金の締め切りは？").
            best = Math.max(best, 0.95);
        }
        if (wantedForm.length() >= 2 && form.contains(wantedForm)) {
            // A name that is part of the title ("ビーチクリーン") is a good hint; longer parts are better ones.
            best = Math.max(best, 0.7 + 0.3 * wantedForm.length() / form.length());
        }
        if (wantedReading.length() >= 3 && candidateReading.contains(wantedReading)) {
            best = Math.max(best, 0.65 + 0.3 * wantedReading.length() / candidateReading.length());
        }
        return Math.min(best, 1.0);
    }

    private String candidateReading(String candidate) {
        String known = readings.get(candidate);
        if (known == null) {
            if (readings.size() >= READINGS_KEPT) {
                readings.clear();
            }
            known = reading(candidate);
            readings.put(candidate, known);
        }
        return known;
    }

    private String reading(String text) {
        StringBuilder reading = new StringBuilder();
        String normalized = District.withReadings(Normalizer.normalize(text, Normalizer.Form.NFKC));
        for (Token token : analyzer.tokenize(normalized)) {
            reading.append(token.reading() == null ? token.surface() : token.reading());
        }
        return fold(reading.toString());
    }

    /** Width and case folded, katakana as hiragana, spaces and punctuation dropped. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase();
        StringBuilder folded = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(c -> {
            if (c >= 0x30A1 && c <= 0x30F6) {
                folded.appendCodePoint(c - 0x60);
            } else if (Character.isLetterOrDigit(c) || c == 'ー') {
                folded.appendCodePoint(c);
            }
        });
        return folded.toString();
    }

    private static double ratio(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return 1.0 - (double) distance(a, b) / Math.max(a.length(), b.length());
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
