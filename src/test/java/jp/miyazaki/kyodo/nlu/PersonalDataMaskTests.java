package jp.miyazaki.kyodo.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTests {

    private final PersonalDataMask mask = new PersonalDataMask(new MorphologicalAnalyzer());

    @Test
    void masksMobileAndLandlineNumbersInAnyWidth() {
        assertThat(mask.mask("090-1234-5678に電話ください")).isEqualTo("[電話番号]に電話ください");
        assertThat(mask.mask("０９０−１２３４−５６７８です")).isEqualTo("[電話番号]です");
        assertThat(mask.mask("09012345678")).isEqualTo("[電話番号]");
        assertThat(mask.mask("自宅は0985-21-1234です")).isEqualTo("自宅は[電話番号]です");
        assertThat(mask.mask("0985(21)1234")).isEqualTo("[電話番号]");
        assertThat(mask.mask("+81 90 1234 5678")).isEqualTo("[電話番号]");
    }

    @Test
    void masksEmailAddressesIncludingFullWidthAt() {
        assertThat(mask.mask("連絡先は taro.miyazaki@example.jp です")).isEqualTo("連絡先は [メールアドレス] です");
        assertThat(mask.mask("hanako＠example.com")).isEqualTo("[メールアドレス]");
    }

    @Test
    void masksStreetNumbersAndPersonalNames() {
        assertThat(mask.mask("宮崎市橘通西1-1-1に住んでいます")).isEqualTo("宮崎市橘通西[番地]に住んでいます");
        assertThat(mask.mask("佐藤 花子です")).isEqualTo("[氏名] [氏名]です");
        assertThat(mask.mask("名前は田中太郎")).doesNotContain("田中").doesNotContain("太郎");
    }

    @Test
    void leavesDatesCountsAndOrdinaryWordsAlone() {
        assertThat(mask.mask("明日の天気は?")).isEqualTo("明日の天気は?");
        assertThat(mask.mask("ボランティアを探しています")).isEqualTo("ボランティアを探しています");
        assertThat(mask.mask("12/20のイベント")).isEqualTo("12/20のイベント");
        assertThat(mask.mask("12月20日に2人で参加したい")).isEqualTo("12月20日に2人で参加したい");
        assertThat(mask.mask("2026年のイベント")).isEqualTo("2026年のイベント");
    }

    @Test
    void writesTheStandInsTheLexiconGives() {
        Lexicon shipped = Lexicon.shipped();
        Lexicon plain = new Lexicon(shipped.contrast(), shipped.placeholders(), shipped.districtSuffixes(),
                shipped.beforeReading(), shipped.afterReading(), shipped.nameParticles(), shipped.qualifyingParticle(),
                List.of("日"), List.of(), new Lexicon.Masks("<phone $1>", "<mail>", "<street>", "<name>"),
                shipped.searchStopWords());
        PersonalDataMask given = new PersonalDataMask(new MorphologicalAnalyzer(), plain);

        assertThat(given.mask("佐藤 花子 090-1234-5678 a@example.jp 1-1-1"))
                .isEqualTo("<name> <name> <phone $1> <mail> <street>");
        assertThat(new TextNormalizer(plain).normalize("三日後と二週間後")).isEqualTo("3日後と二週間後");
    }
}
