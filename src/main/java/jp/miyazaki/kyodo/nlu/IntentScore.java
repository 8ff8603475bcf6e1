package jp.miyazaki.kyodo.nlu;

/** An intent name with the classifier's calibrated confidence in [0, 1]. */
public record IntentScore(String name, double confidence) {
}
