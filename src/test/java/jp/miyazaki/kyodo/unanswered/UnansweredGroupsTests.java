package jp.miyazaki.kyodo.unanswered;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.nlu.IntentScore;
import jp.miyazaki.kyodo.nlu.UnansweredUtterance;

class UnansweredGroupsTests {

    private static final Instant T = Instant.parse("2026-12-01T03:00:00Z");

    private final UnansweredGroups groups = new UnansweredGroups(0.5);

    @Test
    void similarWordingFormsOneGroupWithCountExamplesAndTopIntents() {
        List<UnansweredGroups.Group> found = groups.group(List.of(
                said("粗大ごみの出し方を教えて", "facility.search", T.plusSeconds(30)),
                said("粗大ごみの出し方を教えてください", "facility.search", T.plusSeconds(20)),
                said("粗大ごみの出し方を教えて！", "grant.search", T.plusSeconds(10)),
                said("市役所の駐車場は無料ですか", "facility.search", T)));

        assertThat(found).hasSize(2);
        UnansweredGroups.Group garbage = found.get(0);
        assertThat(garbage.count()).isEqualTo(3);
        assertThat(garbage.examples()).containsExactly("粗大ごみの出し方を教えて", "粗大ごみの出し方を教えてください",
                "粗大ごみの出し方を教えて！");
        assertThat(garbage.topIntents()).containsExactly("facility.search", "grant.search");
        assertThat(garbage.lastAt()).isEqualTo(T.plusSeconds(30));
        assertThat(found.get(1).examples()).containsExactly("市役所の駐車場は無料ですか");
    }

    @Test
    void widthAndPunctuationDoNotSeparateTheSameQuestion() {
        assertThat(UnansweredGroups.jaccard(UnansweredGroups.bigrams("ＷｉＦｉありますか？"),
                UnansweredGroups.bigrams("wifi ありますか"))).isEqualTo(1.0);
        assertThat(UnansweredGroups.jaccard(UnansweredGroups.bigrams("天気"), UnansweredGroups.bigrams("駐車場")))
                .isZero();
    }

    private static UnansweredUtterance said(String text, String intent, Instant at) {
        return new UnansweredUtterance(text, List.of(new IntentScore(intent, 0.3)), at);
    }
}
