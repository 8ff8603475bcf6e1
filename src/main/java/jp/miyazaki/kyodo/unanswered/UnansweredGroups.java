package jp.miyazaki.kyodo.unanswered;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.miyazaki.kyodo.nlu.IntentScore;
import jp.miyazaki.kyodo.nlu.UnansweredUtterance;

/**
 * Groups unanswered messages by similar wording so staff see "what people keep asking" rather than a raw list:
 * character bigrams of the NFKC-normalised text (punctuation and spaces dropped) compared by Jaccard similarity,
 * each message joining the first group whose first message is similar enough (greedy, newest first). Bigrams
 * suit short Japanese messages without needing the tokenizer's dictionary to know the new words.
 */
public final class UnansweredGroups {

    private static final int EXAMPLES = 5;
    private static final int TOP_INTENTS = 3;

    private final double threshold;

    public UnansweredGroups(double threshold) {
        this.threshold = threshold;
    }

    /** Groups, largest first (then most recent first). */
    public List<Group> group(List<UnansweredUtterance> utterances) {
        List<Builder> homes = homes(utterances);
        return homes.stream().distinct().map(Builder::build)
                .sorted(Comparator.comparingInt(Group::count).reversed()
                        .thenComparing(Group::lastAt, Comparator.reverseOrder()))
                .toList();
    }

    /** For each message, in order, the size of the group it joins. */
    public List<Integer> sizes(List<UnansweredUtterance> utterances) {
        return homes(utterances).stream().map(home -> home.count).toList();
    }

    /** The group each message joins, in the messages' order. */
    private List<Builder> homes(List<UnansweredUtterance> utterances) {
        List<Builder> groups = new ArrayList<>();
        List<Builder> homes = new ArrayList<>(utterances.size());
        for (UnansweredUtterance utterance : utterances) {
            Set<String> bigrams = bigrams(utterance.maskedText());
            Builder home = null;
            for (Builder group : groups) {
                if (jaccard(group.bigrams, bigrams) >= threshold) {
                    home = group;
                    break;
                }
            }
            if (home == null) {
                home = new Builder(bigrams);
                groups.add(home);
            }
            home.add(utterance);
            homes.add(home);
        }
        return homes;
    }

    static Set<String> bigrams(String text) {
        String normal = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase()
                .replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s　]", "");
        Set<String> bigrams = new HashSet<>();
        if (normal.length() == 1) {
            bigrams.add(normal);
        }
        for (int i = 0; i + 1 < normal.length(); i++) {
            bigrams.add(normal.substring(i, i + 2));
        }
        return bigrams;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / union.size();
    }

    /** Similar messages: how many, a few distinct examples, the intents the bot leaned to, the newest time. */
    public record Group(int count, List<String> examples, List<String> topIntents, Instant lastAt) {
    }

    private static final class Builder {
        private final Set<String> bigrams;
        private final Set<String> examples = new LinkedHashSet<>();
        private final Map<String, Integer> intents = new HashMap<>();
        private int count;
        private Instant lastAt = Instant.EPOCH;

        Builder(Set<String> bigrams) {
            this.bigrams = bigrams;
        }

        void add(UnansweredUtterance utterance) {
            count++;
            if (examples.size() < EXAMPLES) {
                examples.add(utterance.maskedText());
            }
            List<IntentScore> ranking = utterance.ranking();
            if (!ranking.isEmpty()) {
                intents.merge(ranking.get(0).name(), 1, Integer::sum);
            }
            if (utterance.at() != null && utterance.at().isAfter(lastAt)) {
                lastAt = utterance.at();
            }
        }

        Group build() {
            List<String> top = intents.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP_INTENTS).map(Map.Entry::getKey).toList();
            return new Group(count, List.copyOf(examples), top, lastAt);
        }
    }
}
