package jp.miyazaki.kyodo.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class ClarificationTests {

    private static final Clarification RULE = new Clarification(0.50, 0.55, 0.15, 3);
    /** Intents with a label; greeting and cancel have none. */
    private static final Predicate<String> OFFERED = Set.of("activity.search", "group.search", "volunteer.signup",
            "signup.list", "signup.cancel", "grant.search")::contains;

    @Test
    void aClearBestIntentIsActedOn() {
        assertThat(RULE.candidates(understanding(score("activity.search", 0.91), score("group.search", 0.05)),
                OFFERED)).isEmpty();
    }

    @Test
    void twoIntentsWithinTheMarginAreBothOfferedBestFirstEvenWhenTheBestIsSure() {
        assertThat(RULE.candidates(understanding(score("activity.search", 0.70), score("group.search", 0.58),
                score("grant.search", 0.02)), OFFERED)).extracting(IntentScore::name)
                .containsExactly("activity.search", "group.search");
    }

    @Test
    void aMiddlingBestIntentAloneIsAskedAboutAlone() {
        assertThat(RULE.candidates(understanding(score("activity.search", 0.45), score(Understanding.FALLBACK, 0.40),
                score("group.search", 0.05)), OFFERED)).extracting(IntentScore::name)
                .containsExactly("activity.search");
    }

    @Test
    void atTheUpperEndOfTheBandTheIntentIsActedOn() {
        assertThat(RULE.candidates(naming(score("activity.search", 0.50), score("group.search", 0.30)),
                OFFERED)).isEmpty();
        assertThat(RULE.candidates(understanding(score("activity.search", 0.55), score("group.search", 0.30)),
                OFFERED)).isEmpty();
    }

    @Test
    void aMessageNamingNoConditionIsAskedAboutHigherUp() {
        assertThat(RULE.candidates(understanding(score("activity.search", 0.52), score("group.search", 0.30)),
                OFFERED)).extracting(IntentScore::name).containsExactly("activity.search");
        assertThat(RULE.candidates(naming(score("activity.search", 0.52), score("group.search", 0.30)),
                OFFERED)).isEmpty();
    }

    @Test
    void atMostTheConfiguredNumberIsOffered() {
        assertThat(new Clarification(0.50, 0.55, 0.3, 2).candidates(understanding(score("signup.list", 0.30),
                score("signup.cancel", 0.28), score("volunteer.signup", 0.27)), OFFERED)).hasSize(2);
    }

    @Test
    void fallbackIsAnsweredAsFallbackNotAskedAbout() {
        Understanding fallback = new Understanding(score(Understanding.FALLBACK, 0.62),
                List.of(score("activity.search", 0.38), score("group.search", 0.30)), Slots.NONE, List.of());
        assertThat(RULE.candidates(fallback, OFFERED)).isEmpty();
    }

    @Test
    void anIntentThatIsNeverOfferedIsActedOnAndNeverOffered() {
        assertThat(RULE.candidates(understanding(score("greeting", 0.45), score("activity.search", 0.40)),
                OFFERED)).isEmpty();
        assertThat(RULE.candidates(understanding(score("activity.search", 0.60), score("cancel", 0.55)),
                OFFERED)).isEmpty();
    }

    @Test
    void aNamedItemsCueIsSureEnoughNotToBeAskedAbout() {
        List<String> titles = List.of("相談できるカフェ");
        Understanding named = NaturalLanguageUnderstandingTests.NLU.knowing(kind -> kind == NameKind.OPPORTUNITY
                ? titles : List.of()).parse("相談できるカフェに申し込みたい",
                        EvaluationSet.REFERENCE_TIME);
        assertThat(named.intent().name()).isEqualTo("volunteer.signup");
        assertThat(Clarification.DEFAULTS.candidates(named, intent -> !intent.equals(Understanding.FALLBACK)))
                .isEmpty();
    }

    @Test
    void bandAndMarginAreConfidences() {
        assertThatThrownBy(() -> new Clarification(1.2, 0.5, 0.1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Clarification(0.5, 0.5, 0.1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static IntentScore score(String intent, double confidence) {
        return new IntentScore(intent, confidence);
    }

    /** Understood so, naming a district. */
    private static Understanding naming(IntentScore... ranking) {
        return new Understanding(ranking[0], List.of(ranking), new Slots(null, "青島", null), List.of());
    }

    private static Understanding understanding(IntentScore... ranking) {
        return new Understanding(ranking[0], List.of(ranking), Slots.NONE, List.of());
    }
}
