package jp.miyazaki.kyodo.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the categories, districts, kinds and needs an English message names, from {@code dialogs/en/entities.yml}:
 * phrases are matched as sequences of stems, the longest first. Needs are read first, and their words never name the
 * topic ("with my kids" is not about childcare). A one-word district spelling of seven letters or more also matches
 * a word one typo away (Kiyotkae), as romaji names are often misspelt and rarely look like English words. A landmark's
 * words ("Oyodo River") name no district.
 */
final class EnglishEntities {

    private static final int FUZZY_LENGTH = 7;

    private final EnglishWords analysis;
    private final Phrases categories;
    private final Phrases districts;
    private final Phrases kinds;
    private final Phrases needs;
    private final Phrases landmarks;

    EnglishEntities(EnglishVocabulary vocabulary, EnglishWords analysis) {
        this.analysis = analysis;
        this.categories = phrases(vocabulary.categories(), false);
        this.districts = phrases(vocabulary.districts(), true);
        this.kinds = phrases(vocabulary.kinds(), false);
        this.needs = phrases(vocabulary.needs(), false);
        this.landmarks = phrases(List.of(new EnglishVocabulary.Entry("landmark", vocabulary.landmarks())), false);
    }

    /** What the words name; {@code used} marks the words that named something. */
    Found find(List<EnglishWords.Word> words) {
        boolean[] used = new boolean[words.size()];
        List<Match> needMatches = needs.findAll(words, new boolean[words.size()]);
        Set<String> needIds = new LinkedHashSet<>();
        for (Match match : needMatches) {
            needIds.add(match.value());
            Arrays.fill(used, match.from(), match.to(), true);
        }
        boolean[] blanked = used.clone();
        Optional<Match> category = longest(categories.findAll(words, blanked));
        boolean[] noDistrict = blanked.clone();
        landmarks.findAll(words, blanked).forEach(match -> Arrays.fill(noDistrict, match.from(), match.to(), true));
        List<Match> districtMatches = districts.findAll(words, noDistrict);
        Optional<Match> district = longest(districtMatches);
        Optional<Match> kind = longest(kinds.findAll(words, blanked));
        List<Match> spans = new ArrayList<>(categories.findAll(words, blanked));
        spans.addAll(kinds.findAll(words, blanked));
        spans.addAll(districtMatches);
        spans.forEach(match -> Arrays.fill(used, match.from(), match.to(), true));
        return new Found(category.map(Match::value).orElse(null), district, kind.map(Match::value).orElse(null),
                needIds, used);
    }

    /**
     * The slots found: {@code district} keeps where its words are, so the classifier can read "a district" there;
     * {@code used} marks every word that named a category, district, kind or need.
     */
    record Found(String category, Optional<Match> district, String kind, Set<String> needs, boolean[] used) {
    }

    /** Words {@code from} (inclusive) to {@code to} (exclusive) name {@code value}. */
    record Match(int from, int to, String value) {
        int length() {
            return to - from;
        }
    }

    private static Optional<Match> longest(List<Match> matches) {
        return matches.stream().max(Comparator.comparingInt(Match::length)
                .thenComparing(Comparator.comparingInt(Match::from).reversed()));
    }

    private Phrases phrases(List<EnglishVocabulary.Entry> entries, boolean fuzzy) {
        List<Phrase> phrases = new ArrayList<>();
        for (EnglishVocabulary.Entry entry : entries) {
            for (String text : entry.phrases()) {
                List<EnglishWords.Word> words = analysis.words(text);
                if (!words.isEmpty()) {
                    phrases.add(new Phrase(words.stream().map(EnglishWords.Word::stem).toList(),
                            fuzzy && words.size() == 1 && words.get(0).text().length() >= FUZZY_LENGTH
                                    ? words.get(0).text() : null,
                            entry.value()));
                }
            }
        }
        phrases.sort(Comparator.comparingInt((Phrase phrase) -> phrase.stems().size()).reversed());
        return new Phrases(phrases);
    }

    /** One phrase as stems; {@code fuzzy} is its one word as written when a typo in it may still match. */
    private record Phrase(List<String> stems, String fuzzy, String value) {
    }

    private record Phrases(List<Phrase> phrases) {

        /** Every match not on a {@code blanked} word; at each word the longest phrase, then on after it. */
        List<Match> findAll(List<EnglishWords.Word> words, boolean[] blanked) {
            List<Match> matches = new ArrayList<>();
            int i = 0;
            while (i < words.size()) {
                Match found = blanked[i] ? null : at(words, blanked, i);
                if (found == null) {
                    i++;
                } else {
                    matches.add(found);
                    i = found.to();
                }
            }
            return matches;
        }

        private Match at(List<EnglishWords.Word> words, boolean[] blanked, int start) {
            for (Phrase phrase : phrases) {
                int end = start + phrase.stems().size();
                if (end > words.size()) {
                    continue;
                }
                boolean same = true;
                for (int k = 0; k < phrase.stems().size() && same; k++) {
                    same = !blanked[start + k] && words.get(start + k).stem().equals(phrase.stems().get(k));
                }
                if (same) {
                    return new Match(start, end, phrase.value());
                }
            }
            String written = words.get(start).text();
            for (Phrase phrase : phrases) {
                if (phrase.fuzzy() != null && written.length() >= FUZZY_LENGTH - 1
                        && oneEditApart(written, phrase.fuzzy())) {
                    return new Match(start, start + 1, phrase.value());
                }
            }
            return null;
        }
    }

    /** Whether one letter inserted, deleted, changed or two neighbours swapped turn {@code a} into {@code b}. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int prefix = 0;
        while (prefix < Math.min(a.length(), b.length()) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (a.length() == b.length()) {
            String restA = a.substring(prefix + 1);
            String restB = b.substring(prefix + 1);
            boolean swapped = prefix + 1 < a.length() && a.charAt(prefix) == b.charAt(prefix + 1)
                    && a.charAt(prefix + 1) == b.charAt(prefix)
                    && a.substring(prefix + 2).equals(b.substring(prefix + 2));
            return restA.equals(restB) || swapped;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(prefix + 1).equals(shorter.substring(prefix));
    }
}
