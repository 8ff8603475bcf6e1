package jp.miyazaki.kyodo.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/** Intent and slot figures of one understanding over the evaluation set. */
final class EvaluationReport {

    record Outcome(EvaluationSet.Example example, Understanding understanding) {
        boolean intentRight() {
            return understanding.intent().name().equals(example.intent());
        }

        boolean slotsRight() {
            Slots s = understanding.slots();
            return Objects.equals(s.category(), example.category()) && Objects.equals(s.district(), example.district())
                    && Objects.equals(s.date(), example.date());
        }
    }

    /** Per-slot counts: exact over all utterances, and found-right where the slot was expected or produced. */
    record SlotScore(String slot, int right, int total, int expected, int expectedFound, int spurious) {
        double accuracy() {
            return (double) right / total;
        }
    }

    final List<Outcome> outcomes = new ArrayList<>();
    final List<String> intents;

    EvaluationReport(EvaluationSet set, LanguageUnderstanding understanding) {
        for (EvaluationSet.Example example : set.examples()) {
            outcomes.add(new Outcome(example, understanding.parse(example.text(), EvaluationSet.REFERENCE_TIME)));
        }
        TreeSet<String> names = new TreeSet<>();
        outcomes.forEach(o -> {
            names.add(o.example().intent());
            names.add(o.understanding().intent().name());
        });
        intents = List.copyOf(names);
    }

    double intentAccuracy() {
        return outcomes.stream().filter(Outcome::intentRight).count() / (double) outcomes.size();
    }

    /** Share of utterances whose category, district and date all equal the expected ones (absent = absent). */
    double slotAccuracy() {
        return outcomes.stream().filter(Outcome::slotsRight).count() / (double) outcomes.size();
    }

    List<SlotScore> slotScores() {
        return List.of(slot("category", Slots::category, EvaluationSet.Example::category),
                slot("district", Slots::district, EvaluationSet.Example::district),
                slot("date", Slots::date, EvaluationSet.Example::date));
    }

    private SlotScore slot(String name, Function<Slots, Object> actual, Function<EvaluationSet.Example, Object> expected) {
        int right = 0;
        int expectedCount = 0;
        int expectedFound = 0;
        int spurious = 0;
        for (Outcome o : outcomes) {
            Object want = expected.apply(o.example());
            Object got = actual.apply(o.understanding().slots());
            if (Objects.equals(want, got)) {
                right++;
            }
            if (want != null) {
                expectedCount++;
                if (want.equals(got)) {
                    expectedFound++;
                }
            } else if (got != null) {
                spurious++;
            }
        }
        return new SlotScore(name, right, outcomes.size(), expectedCount, expectedFound, spurious);
    }

    /** Out-of-scope utterances that got an in-scope intent, over all out-of-scope utterances. */
    double outOfScopeFalsePositiveRate() {
        List<Outcome> outOfScope = outcomes.stream()
                .filter(o -> o.example().intent().equals(Understanding.FALLBACK)).toList();
        return outOfScope.stream().filter(o -> !o.intentRight()).count() / (double) outOfScope.size();
    }

    /** In-scope utterances wrongly answered with fallback, over all in-scope utterances. */
    double inScopeRejectionRate() {
        List<Outcome> inScope = outcomes.stream()
                .filter(o -> !o.example().intent().equals(Understanding.FALLBACK)).toList();
        return inScope.stream().filter(o -> o.understanding().is(Understanding.FALLBACK)).count()
                / (double) inScope.size();
    }

    double accuracyForTag(String tag) {
        List<Outcome> tagged = outcomes.stream().filter(o -> o.example().tags().equals(tag)).toList();
        return tagged.isEmpty() ? Double.NaN
                : tagged.stream().filter(Outcome::intentRight).count() / (double) tagged.size();
    }

    int[][] confusion() {
        int[][] matrix = new int[intents.size()][intents.size()];
        for (Outcome o : outcomes) {
            matrix[intents.indexOf(o.example().intent())][intents.indexOf(o.understanding().intent().name())]++;
        }
        return matrix;
    }

    /**
     * What asking 「〜ということですか？」 by {@code rule} changes on this set: how many messages get the question, how
     * many of them the classifier had right (a tap more for the citizen), and of the flows it would have started
     * wrongly (another intent, or out of scope), how many become a question instead.
     */
    ClarificationFigures clarification(Clarification rule, java.util.function.Predicate<String> offered) {
        int asked = 0;
        int rightAsked = 0;
        int wrongFlows = 0;
        int wrongAsked = 0;
        int outOfScopeFlows = 0;
        int outOfScopeAsked = 0;
        for (Outcome o : outcomes) {
            boolean question = !rule.candidates(o.understanding(), offered).isEmpty();
            boolean flow = !o.understanding().is(Understanding.FALLBACK);
            asked += question ? 1 : 0;
            if (o.intentRight()) {
                rightAsked += question ? 1 : 0;
            } else if (flow) {
                wrongFlows++;
                wrongAsked += question ? 1 : 0;
                if (o.example().intent().equals(Understanding.FALLBACK)) {
                    outOfScopeFlows++;
                    outOfScopeAsked += question ? 1 : 0;
                }
            }
        }
        return new ClarificationFigures(outcomes.size(), asked, rightAsked, wrongFlows, wrongAsked, outOfScopeFlows,
                outOfScopeAsked);
    }

    /** The counts of {@link #clarification}; wrong flows include the out-of-scope ones. */
    record ClarificationFigures(int utterances, int asked, int rightAsked, int wrongFlows, int wrongAsked,
            int outOfScopeFlows, int outOfScopeAsked) {

        double rightAskedRate() {
            return rightAsked / (double) utterances;
        }
    }
}
