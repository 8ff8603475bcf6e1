package jp.miyazaki.kyodo.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression over hashed TF-IDF features, trained by SGD at start-up. Its softmax is
 * calibrated with a temperature fitted on held-out folds of the training phrases, so a confidence of 0.8 means
 * roughly 8 in 10 such answers are right.
 */
final class IntentClassifier {

    private static final int EPOCHS = 16;
    private static final int AVERAGE_FROM = 4;
    private static final float LEARNING_RATE = 2.5f;
    private static final float L2 = 1e-5f;
    private static final int CALIBRATION_FOLDS = 3;
    private static final long SEED = 20261201L;

    private final List<String> names;
    private final float[] weights;
    private final float[] bias;
    private final double temperature;

    private IntentClassifier(List<String> names, float[] weights, float[] bias, double temperature) {
        this.names = List.copyOf(names);
        this.weights = weights;
        this.bias = bias;
        this.temperature = temperature;
    }

    /** Trains on weighted feature vectors; {@code labels[i]} indexes {@code names}. */
    static IntentClassifier train(List<String> names, int dimensions, List<SparseVector> examples, int[] labels) {
        double temperature = fitTemperature(names.size(), dimensions, examples, labels);
        IntentClassifier raw = fit(names, dimensions, examples, labels);
        return new IntentClassifier(names, raw.weights, raw.bias, temperature);
    }

    double temperature() {
        return temperature;
    }

    /** Every intent with its calibrated probability, best first. */
    List<IntentScore> rank(SparseVector features) {
        double[] probabilities = softmax(logits(features), temperature);
        List<IntentScore> ranking = new ArrayList<>(names.size());
        for (int c = 0; c < names.size(); c++) {
            ranking.add(new IntentScore(names.get(c), probabilities[c]));
        }
        ranking.sort(Comparator.comparingDouble(IntentScore::confidence).reversed());
        return ranking;
    }

    private double[] logits(SparseVector x) {
        int classes = names.size();
        double[] z = new double[classes];
        for (int c = 0; c < classes; c++) {
            z[c] = bias[c];
        }
        int[] indices = x.indices();
        float[] values = x.values();
        for (int k = 0; k < indices.length; k++) {
            int offset = indices[k] * classes;
            float v = values[k];
            for (int c = 0; c < classes; c++) {
                z[c] += weights[offset + c] * v;
            }
        }
        return z;
    }

    private static IntentClassifier fit(List<String> names, int dimensions, List<SparseVector> examples,
            int[] labels) {
        int classes = names.size();
        float[] weights = new float[dimensions * classes];
        float[] bias = new float[classes];
        IntentClassifier model = new IntentClassifier(names, weights, bias, 1.0);
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(SEED);
        double[] gradient = new double[classes];
        float[] averageWeights = new float[weights.length];
        float[] averageBias = new float[classes];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            shuffle(order, random);
            float rate = LEARNING_RATE / (1 + epoch * 0.1f);
            for (int i : order) {
                SparseVector x = examples.get(i);
                double[] p = softmax(model.logits(x), 1.0);
                for (int c = 0; c < classes; c++) {
                    gradient[c] = p[c] - (labels[i] == c ? 1 : 0);
                    bias[c] -= rate * gradient[c];
                }
                int[] indices = x.indices();
                float[] values = x.values();
                for (int k = 0; k < indices.length; k++) {
                    int offset = indices[k] * classes;
                    for (int c = 0; c < classes; c++) {
                        float w = weights[offset + c];
                        weights[offset + c] = w - rate * (float) (gradient[c] * values[k] + L2 * w);
                    }
                }
            }
            if (epoch >= AVERAGE_FROM) {
                add(averageWeights, weights);
                add(averageBias, bias);
            }
        }
        // The mean of the later epochs' weights: steadier than the last epoch's, which depends on the shuffle.
        float epochs = EPOCHS - AVERAGE_FROM;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = averageWeights[i] / epochs;
        }
        for (int c = 0; c < classes; c++) {
            bias[c] = averageBias[c] / epochs;
        }
        return model;
    }

    /** Grid search for the temperature that minimises log-loss on held-out folds. */
    private static double fitTemperature(int classes, int dimensions, List<SparseVector> examples, int[] labels) {
        List<double[]> heldOutLogits = new ArrayList<>();
        List<Integer> heldOutLabels = new ArrayList<>();
        List<String> placeholderNames = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            placeholderNames.add(Integer.toString(c));
        }
        for (int fold = 0; fold < CALIBRATION_FOLDS; fold++) {
            List<SparseVector> train = new ArrayList<>();
            List<Integer> trainLabels = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (i % CALIBRATION_FOLDS == fold) {
                    test.add(i);
                } else {
                    train.add(examples.get(i));
                    trainLabels.add(labels[i]);
                }
            }
            IntentClassifier model = fit(placeholderNames, dimensions, train,
                    trainLabels.stream().mapToInt(Integer::intValue).toArray());
            for (int i : test) {
                heldOutLogits.add(model.logits(examples.get(i)));
                heldOutLabels.add(labels[i]);
            }
        }
        double best = 1.0;
        double bestLoss = Double.MAX_VALUE;
        for (int step = 4; step <= 60; step++) {
            double t = step * 0.05;
            double loss = 0;
            for (int i = 0; i < heldOutLogits.size(); i++) {
                loss -= Math.log(Math.max(softmax(heldOutLogits.get(i), t)[heldOutLabels.get(i)], 1e-12));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = t;
            }
        }
        return best;
    }

    private static double[] softmax(double[] z, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] p = new double[z.length];
        for (int c = 0; c < z.length; c++) {
            p[c] = Math.exp((z[c] - max) / temperature);
            sum += p[c];
        }
        for (int c = 0; c < z.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    private static void add(float[] sum, float[] values) {
        for (int i = 0; i < values.length; i++) {
            sum[i] += values[i];
        }
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }
}
