package jp.miyazaki.kyodo.nlu;

import java.util.Arrays;
import java.util.List;

/**
 * Turns a message into hashed features: lemma unigrams and bigrams, and character 2- and 3-grams over both the
 * kana-folded text and its katakana reading. The reading grams let 探してる and さがしてる, or 申し込み and
 * もうしこみ, share features. Hashing avoids building strings per n-gram, which keeps a parse in microseconds.
 */
final class IntentFeatures {

    static final int DIMENSIONS = 1 << 16;
    private static final int MASK = DIMENSIONS - 1;

    private static final int LEMMA = 0x9E3779B1;
    private static final int LEMMA_PAIR = 0x85EBCA77;
    private static final int TEXT_GRAM = 0xC2B2AE3D;
    private static final int READING_GRAM = 0x27D4EB2F;

    private final float[] idf;

    IntentFeatures(float[] idf) {
        this.idf = idf;
    }

    /** Raw term counts, before idf weighting; used to learn the idf itself. */
    static SparseVector counts(String folded, List<Token> tokens) {
        Accumulator acc = new Accumulator();
        int previous = 0;
        StringBuilder reading = new StringBuilder(folded.length() + 8);
        for (Token token : tokens) {
            String lemma = TextNormalizer.foldKana(token.baseForm());
            int lemmaHash = hash(LEMMA, lemma, 0, lemma.length());
            acc.add(lemmaHash);
            acc.add(previous * 31 + lemmaHash ^ LEMMA_PAIR);
            previous = lemmaHash;
            reading.append(token.reading() != null ? token.reading() : TextNormalizer.foldKana(token.surface()));
        }
        addCharGrams(acc, TEXT_GRAM, "^" + folded + "$");
        addCharGrams(acc, READING_GRAM, "^" + reading + "$");
        return acc.toVector();
    }

    /** Sublinear tf × idf, L2-normalised. */
    SparseVector weigh(SparseVector counts) {
        float[] values = new float[counts.values().length];
        double norm = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((1 + Math.log(counts.values()[i])) * idf[counts.indices()[i]]);
            norm += values[i] * values[i];
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < values.length; i++) {
            values[i] *= scale;
        }
        return new SparseVector(counts.indices(), values);
    }

    static IntentFeatures learnIdf(List<SparseVector> documents) {
        int[] documentFrequency = new int[DIMENSIONS];
        for (SparseVector document : documents) {
            for (int index : document.indices()) {
                documentFrequency[index]++;
            }
        }
        float[] idf = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            idf[i] = (float) (Math.log((1.0 + documents.size()) / (1.0 + documentFrequency[i])) + 1);
        }
        return new IntentFeatures(idf);
    }

    private static void addCharGrams(Accumulator acc, int seed, String text) {
        for (int n = 2; n <= 3; n++) {
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
