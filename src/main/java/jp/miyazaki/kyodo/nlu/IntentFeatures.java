package jp.miyazaki.kyodo.nlu;

import java.util.Arrays;
import java.util.List;

/**
 * Turns a message into hashed features: lemmas (dictionary forms) and character 1- to 3-grams over the katakana
 * reading of the message. Reading grams let 探してる and さがしてる, or 申し込み and もうしこみ, share features and
 * absorb small typos. (Lemma bigrams and grams over the written text were tried and lowered cross-validated
 * accuracy.) Hashing avoids building strings per n-gram, which keeps a parse in microseconds.
 */
final class IntentFeatures {

    static final int DIMENSIONS = 1 << 16;
    private static final int MASK = DIMENSIONS - 1;

    private static final int LEMMA = 0x9E3779B1;
    private static final int READING_GRAM = 0x27D4EB2F;

    private final int[] compactIndex;
    private final float[] idf;
    private final float unseenIdf;

    private IntentFeatures(int[] compactIndex, float[] idf, float unseenIdf) {
        this.compactIndex = compactIndex;
        this.idf = idf;
        this.unseenIdf = unseenIdf;
    }

    /** Number of features seen in training; the classifier's weight matrix has one row per feature. */
    int size() {
        return idf.length;
    }

    /** Raw term counts, before idf weighting; used to learn the idf itself. */
    static SparseVector counts(List<Token> tokens) {
        Accumulator acc = new Accumulator();
        StringBuilder reading = new StringBuilder(tokens.size() * 4 + 2);
        for (Token token : tokens) {
            String lemma = TextNormalizer.foldKana(token.baseForm());
            acc.add(hash(LEMMA, lemma, 0, lemma.length()));
            reading.append(token.reading() != null ? token.reading() : TextNormalizer.foldKana(token.surface()));
        }
        addCharGrams(acc, READING_GRAM, "^" + reading + "$");
        return acc.toVector();
    }

    /**
     * Sublinear tf × idf, L2-normalised, with hashed indices mapped to the compact indices of the features seen in
     * training. Unseen features still count in the norm, so a message full of unknown words gets weak evidence.
     */
    SparseVector weigh(SparseVector counts) {
        int[] hashed = counts.indices();
        int[] indices = new int[hashed.length];
        float[] values = new float[hashed.length];
        int n = 0;
        double norm = 0;
        for (int i = 0; i < hashed.length; i++) {
            int index = compactIndex[hashed[i]];
            float tf = (float) (1 + Math.log(counts.values()[i]));
            float value = tf * (index < 0 ? unseenIdf : idf[index]);
            norm += value * value;
            if (index >= 0) {
                indices[n] = index;
                values[n++] = value;
            }
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < n; i++) {
            values[i] *= scale;
        }
        return new SparseVector(Arrays.copyOf(indices, n), Arrays.copyOf(values, n));
    }

    /** Learns the feature set and the smoothed idf of each feature from the training documents' counts. */
    static IntentFeatures learn(List<SparseVector> documents) {
        int[] compactIndex = new int[DIMENSIONS];
        Arrays.fill(compactIndex, -1);
        int[] documentFrequency = new int[DIMENSIONS];
        int size = 0;
        for (SparseVector document : documents) {
            for (int hashed : document.indices()) {
                if (compactIndex[hashed] < 0) {
                    compactIndex[hashed] = size++;
                }
                documentFrequency[compactIndex[hashed]]++;
            }
        }
        float[] idf = new float[size];
        for (int i = 0; i < size; i++) {
            idf[i] = (float) (Math.log((1.0 + documents.size()) / (1.0 + documentFrequency[i])) + 1);
        }
        float unseenIdf = (float) (Math.log(1.0 + documents.size()) + 1);
        return new IntentFeatures(compactIndex, idf, unseenIdf);
    }

    private static void addCharGrams(Accumulator acc, int seed, String text) {
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= text.length(); i++) {
                if (text.charAt(i + n - 1) == ' ' || text.charAt(i) == ' ') {
                    continue;
                }
                acc.add(hash(seed + n, text, i, i + n));
            }
        }
    }

    private static int hash(int seed, CharSequence text, int from, int to) {
        int h = seed;
        for (int i = from; i < to; i++) {
            h = (h ^ text.charAt(i)) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    /** Counts hashed features in an open-addressed table, so long messages stay linear. */
    private static final class Accumulator {
        private int[] slots = new int[256];
        private float[] counts = new float[256];
        private int size;

        Accumulator() {
            Arrays.fill(slots, -1);
        }

        void add(int hash) {
            int index = hash & MASK;
            int mask = slots.length - 1;
            int slot = (index * 0x9E3779B1 >>> 8) & mask;
            while (slots[slot] != -1 && slots[slot] != index) {
                slot = (slot + 1) & mask;
            }
            if (slots[slot] == -1) {
                slots[slot] = index;
                size++;
            }
            counts[slot]++;
            if (size * 2 > slots.length) {
                grow();
            }
        }

        private void grow() {
            int[] oldSlots = slots;
            float[] oldCounts = counts;
            slots = new int[oldSlots.length * 2];
            counts = new float[oldSlots.length * 2];
            Arrays.fill(slots, -1);
            int mask = slots.length - 1;
            for (int i = 0; i < oldSlots.length; i++) {
                if (oldSlots[i] != -1) {
                    int slot = (oldSlots[i] * 0x9E3779B1 >>> 8) & mask;
                    while (slots[slot] != -1) {
                        slot = (slot + 1) & mask;
                    }
                    slots[slot] = oldSlots[i];
                    counts[slot] = oldCounts[i];
                }
            }
        }

        SparseVector toVector() {
            int[] indices = new int[size];
            float[] values = new float[size];
            int n = 0;
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] != -1) {
                    indices[n] = slots[i];
                    values[n++] = counts[i];
                }
            }
            return new SparseVector(indices, values);
        }
    }
}
