package jp.miyazaki.kyodo.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.miyazaki.kyodo.shared.CityTime;

/** Needs and keywords of a search message, from the shipped dialogs/entities.yml. */
class SearchWordsTests {

    private static final NaturalLanguageUnderstanding NLU =
            NaturalLanguageUnderstanding.fromDialogs(Path.of("dialogs"), NluProperties.DEFAULT_THRESHOLD);
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, CityTime.ZONE);

    @ParameterizedTest
    @CsvSource({
            "週末に小学生の子どもと一緒に参加できる環境活動はありますか, children_welcome",
            "子連れで参加できる週末の活動, children_welcome",
            "親子で楽しめるイベント, children_welcome",
            "車いすでも参加できる活動, wheelchair",
            "車椅子なので段差がないところがいいです, wheelchair",
            "あまり歩けないのですが、できることはありますか, light_work",
            "足が悪いので座ってできるものがいい, light_work",
            "初心者でも参加できる神楽の体験はありますか, beginners",
            "ボランティアははじめてです, beginners",
            "未経験でも大丈夫な講座, beginners",
            "雨でもできる活動, indoors",
            "屋内の活動を探しています, indoors",
            "オンラインで受けられる講座, online",
            "家から参加できるものはありますか, online",
            "子どもと行けるボランティアないと？, children_welcome",
            "座ってでもできる手伝い, light_work"})
    void findsTheNeedNamed(String message, String need) {
        assertThat(NLU.searchWords(message).needs()).contains(need);
    }

    @Test
    void aNeedIsNotTheTopic() {
        Understanding children = NLU.parse("週末に小学生の子どもと一緒に参加できる環境活動はありますか", NOW);
        Understanding wheelchair = NLU.parse("車いすでも参加できる活動", NOW);

        assertThat(children.slots().category()).isEqualTo("environment");
        assertThat(wheelchair.slots().category()).isNull();
        assertThat(NLU.searchWords("週末に小学生の子どもと一緒に参加できる環境活動はありますか").keywords()).isEmpty();
    }

    @Test
    void keywordsAreTopicWordsAndOtherNounsButNotFieldsPlacesKindsOrGenericWords() {
        assertThat(NLU.searchWords("手話の講座").keywords()).containsExactly("手話");
        assertThat(NLU.searchWords("佐土原で竹林の手入れをする活動はありますか").keywords()).contains("竹林")
                .doesNotContain("佐土原", "活動");
        assertThat(NLU.searchWords("今週末の環境ボランティア").keywords()).isEmpty();
        assertThat(NLU.searchWords("来週の中央の講座").keywords()).isEmpty();
    }

    /** 「講座って」 holds 座って, which is no need there. */
    @Test
    void aNeedWordInsideAnotherWordIsNoNeed() {
        assertThat(NLU.searchWords("土曜に中央あたりで防災の講座ってある？").needs()).isEmpty();
    }

    @Test
    void aMessageWithoutNeedsOrKeywordsHasNone() {
        SearchWords none = NLU.searchWords("活動を探したい");

        assertThat(none.needs()).isEmpty();
        assertThat(none.keywords()).isEmpty();
    }
}
