package jp.miyazaki.kyodo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistrictTests {

    @Test
    void theTwentyTwoDistrictsAndTheirReadingsAreThoseOfTheVocabularyWithoutTheCityCentre() {
        assertThat(District.NAMES).hasSize(22).doesNotContain(District.CITY_CENTRE)
                .startsWith("中央東", "中央西").contains("檍", "佐土原", "清武");
        assertThat(District.READINGS).containsOnlyKeys(District.NAMES)
                .containsEntry("青島", "あおしま").containsEntry("檍", "あおき").containsEntry("本郷", "ほんごう");
    }

    @Test
    void theCityCentreIsBothCentralDistrictsAndSuffixesAreIgnored() {
        assertThat(District.area("中央地区")).containsExactly("中央東", "中央西");
        assertThat(District.area("青島地域")).containsExactly("青島");
        assertThat(District.canonical("佐土原町")).contains("佐土原");
        assertThat(District.canonical("東京")).isEmpty();
    }

    @Test
    void namesAreReadAsTheCitySaysThemButTheBareNorth() {
        assertThat(District.withReadings("青島と大塚台と北で")).isEqualTo("あおしまとおおつかだいと北で");
    }
}
