package jp.miyazaki.kyodo.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The feature weights and the classifier learnt from the example phrases of each intent, whatever the language:
 * {@code countsOf} turns one phrase into its feature counts (Kuromoji tokens, English stems).
 */
record IntentModel(IntentFeatures features, IntentClassifier classifier) {

    static IntentModel train(List<IntentPhrases> intents, Function<String, SparseVector> countsOf) {
        List<String> names = intents.stream().map(IntentPhrases::name).toList();
        List<SparseVector> counts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int label = 0; label < intents.size(); label++) {
            for (String phrase : intents.get(label).phrases()) {
                counts.add(countsOf.apply(phrase));
                labels.add(label);
            }
        }
        IntentFeatures features = IntentFeatures.learn(counts);
        List<SparseVector> weighted = counts.stream().map(features::weigh).toList();
        return new IntentModel(features, IntentClassifier.train(names, features.size(), weighted,
                labels.stream().mapToInt(Integer::intValue).toArray()));
    }
}
