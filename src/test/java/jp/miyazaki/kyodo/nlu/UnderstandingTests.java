package jp.miyazaki.kyodo.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class UnderstandingTests {

    @Test
    void closeCandidatesAreTheInScopeIntentsWithinTheMarginOfTheBestBestFirst() {
        Understanding understanding = understanding(new IntentScore("facility.search", 0.33),
                new IntentScore(Understanding.FALLBACK, 0.30), new IntentScore("volunteer.signup", 0.22),
                new IntentScore("activity.search", 0.10), new IntentScore("help", 0.05));

        assertThat(understanding.closeCandidates(0.15, 3)).containsExactly(new IntentScore("facility.search", 0.33),
                new IntentScore("volunteer.signup", 0.22));
    }

    @Test
    void aClearWinnerIsTheOnlyCandidate() {
        Understanding understanding = understanding(new IntentScore("grant.deadline", 0.91),
                new IntentScore("grant.search", 0.06), new IntentScore(Understanding.FALLBACK, 0.03));

        assertThat(understanding.closeCandidates(0.15, 3)).containsExactly(new IntentScore("grant.deadline", 0.91));
    }

    @Test
    void atMostMaxCandidatesAreOffered() {
        Understanding understanding = understanding(new IntentScore("signup.list", 0.26),
                new IntentScore("signup.cancel", 0.25), new IntentScore("volunteer.signup", 0.25),
                new IntentScore("activity.search", 0.24));

        assertThat(understanding.closeCandidates(0.15, 3)).extracting(IntentScore::name)
                .containsExactly("signup.list", "signup.cancel", "volunteer.signup");
    }

    @Test
    void fallbackIsNeverACandidate() {
        Understanding understanding = understanding(new IntentScore(Understanding.FALLBACK, 1.0));

        assertThat(understanding.closeCandidates(0.15, 3)).isEmpty();
    }

    @Test
    void aParsedMessageOffersTheRankingsScores() {
        Understanding understanding = NaturalLanguageUnderstandingTests.NLU.parse("予約したい",
                ZonedDateTime.parse("2026-12-01T10:00:00+09:00[Asia/Tokyo]"));

        List<IntentScore> candidates = understanding.closeCandidates(1.0, 3);
        assertThat(candidates).hasSize(3).doesNotContain(understanding.ranking().stream()
                .filter(s -> s.name().equals(Understanding.FALLBACK)).findFirst().orElseThrow());
        assertThat(candidates).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
        assertThat(candidates).allMatch(c -> understanding.ranking().contains(c));
    }

    private static Understanding understanding(IntentScore... ranking) {
        IntentScore best = ranking[0];
        return new Understanding(best, List.of(ranking), Slots.NONE, List.of());
    }
}
