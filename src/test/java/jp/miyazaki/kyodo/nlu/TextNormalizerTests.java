package jp.miyazaki.kyodo.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTests {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void foldsWidthOfKatakanaDigitsAndLetters() {
        assertThat(normalizer.normalize("ﾎﾞﾗﾝﾃｨｱ　１２月２０日　ＡＢＣ")).isEqualTo("ボランティア 12月20日 abc");
    }

    @Test
    void stripsEmojiIncludingJoinersAndSkinTones() {
        assertThat(normalizer.normalize("こんにちは😊👍🏻 👨‍👩‍👧 ❤️")).isEqualTo("こんにちは");
    }

    @Test
    void makesLongVowelMarksRegularWithoutTouchingPhoneNumbers() {
        assertThat(normalizer.normalize("す〜ぱ～ーー")).isEqualTo("すーぱー");
        assertThat(normalizer.normalize("090-1234-5678")).isEqualTo("090-1234-5678");
    }

    @Test
    void expandsKanaIterationMarks() {
        assertThat(normalizer.normalize("こゝろ いすゞ")).isEqualTo("こころ いすず");
    }

    @Test
    void turnsKanjiNumeralsIntoDigitsOnlyWhereTheyCountDates() {
        assertThat(normalizer.normalize("十二月二十日")).isEqualTo("12月20日");
        assertThat(normalizer.normalize("三日後")).isEqualTo("3日後");
        assertThat(normalizer.normalize("一緒に一人で参加")).isEqualTo("一緒に一人で参加");
        assertThat(normalizer.normalize("統一日")).isEqualTo("統一日");
        assertThat(normalizer.normalize("月曜日")).isEqualTo("月曜日");
    }

    @Test
    void collapsesRepeatedPunctuationAndSpaces() {
        assertThat(normalizer.normalize("  ある？？？  ない!!!  ")).isEqualTo("ある? ない!");
    }

    @Test
    void foldsHiraganaToKatakanaForMatching() {
        assertThat(TextNormalizer.foldKana("ぼらんてぃあ")).isEqualTo("ボランティア");
    }
}
