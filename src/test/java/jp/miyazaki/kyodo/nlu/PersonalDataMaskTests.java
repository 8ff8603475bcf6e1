package jp.miyazaki.kyodo.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTests {

    private final PersonalDataMask mask = new PersonalDataMask();

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
    void leavesDatesCountsAndOrdinaryWordsAlone() {
        assertThat(mask.mask("12月20日に2人で参加したい")).isEqualTo("12月20日に2人で参加したい");
        assertThat(mask.mask("2026年のイベント")).isEqualTo("2026年のイベント");
    }
}
