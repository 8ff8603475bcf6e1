package jp.miyazaki.kyodo.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class EntityExtractorTests {

    private static final EntityExtractor EXTRACTOR =
            new EntityExtractor(EntityVocabulary.load(Path.of("dialogs/entities.yml")));
    private final TextNormalizer normalizer = new TextNormalizer();

    private String fold(String text) {
        return TextNormalizer.foldKana(normalizer.normalize(text));
    }

    @Test
    void findsCategoryFromSynonyms() {
        assertThat(EXTRACTOR.category(fold("海岸清掃に参加したい"))).contains("environment");
        assertThat(EXTRACTOR.category(fold("高齢者の見守りをしたい"))).contains("welfare");
        assertThat(EXTRACTOR.category(fold("ごみひろいある？"))).contains("environment");
        assertThat(EXTRACTOR.category(fold("防災訓練"))).contains("disaster");
        assertThat(EXTRACTOR.category(fold("ﾎﾞﾗﾝﾃｨｱ探してます"))).isEmpty();
    }

    @Test
    void prefersTheLongestDistrictName() {
        assertThat(EXTRACTOR.district(fold("東大宮でボランティア"))).contains("東大宮");
        assertThat(EXTRACTOR.district(fold("大宮地区"))).contains("大宮");
        assertThat(EXTRACTOR.district(fold("大塚台の近く"))).contains("大塚台");
        assertThat(EXTRACTOR.district(fold("大塚で"))).contains("大塚");
        assertThat(EXTRACTOR.district(fold("生目台あたり"))).contains("生目台");
        assertThat(EXTRACTOR.district(fold("生目の活動"))).contains("生目");
    }

    @Test
    void theCityCentreIsAnAreaButItsTwoDistrictsStayThemselves() {
        assertThat(EXTRACTOR.district(fold("できれば中央あたりで"))).contains("中央");
        assertThat(EXTRACTOR.district(fold("まちなかで何かある？"))).contains("中央");
        assertThat(EXTRACTOR.district(fold("中央東でできるボランティア"))).contains("中央東");
        assertThat(EXTRACTOR.district(fold("中央西地区の公民館"))).contains("中央西");
    }

    @Test
    void elderlyPeopleAndLocalFestivalsNameTheirTopics() {
        assertThat(EXTRACTOR.category(fold("高齢の方のお役に立てる活動"))).contains("welfare");
        assertThat(EXTRACTOR.category(fold("地区のお祭りや自治会の活動に使いたい"))).contains("community");
        assertThat(EXTRACTOR.category(fold("お祭りで演奏したい"))).contains("culture");
    }

    @Test
    void aRiverNamedAfterADistrictIsNotTheDistrict() {
        assertThat(EXTRACTOR.district(fold("大淀川の清掃に参加したい"))).isEmpty();
        assertThat(EXTRACTOR.district(fold("清武川で釣り"))).isEmpty();
        assertThat(EXTRACTOR.district(fold("大淀で川の清掃"))).contains("大淀");
    }

    @Test
    void readsDistrictsWrittenInKanaOnlyAtWordBoundaries() {
        assertThat(EXTRACTOR.district(fold("あおきでなにかある？"))).contains("檍");
        assertThat(EXTRACTOR.district(fold("きよたけのイベント"))).contains("清武");
        assertThat(EXTRACTOR.district(fold("たのでボランティア"))).contains("田野");
        assertThat(EXTRACTOR.district(fold("たのしいイベント"))).isEmpty();
        assertThat(EXTRACTOR.district(fold("いったので"))).isEmpty();
    }

    @Test
    void takesNorthOnlyWhereItClearlyNamesAPlace() {
        assertThat(EXTRACTOR.district(fold("北地区の清掃"))).contains("北");
        assertThat(EXTRACTOR.district(fold("北でなんかある？"))).contains("北");
        assertThat(EXTRACTOR.district(fold("北風が強い"))).isEmpty();
        assertThat(EXTRACTOR.district(fold("東北で地震"))).isEmpty();
    }

    @Test
    void findsOpportunityKind() {
        assertThat(EXTRACTOR.kind(fold("ボランティアしたい"))).contains("volunteer");
        assertThat(EXTRACTOR.kind(fold("こうざある？"))).contains("course");
        assertThat(EXTRACTOR.kind(fold("講座に出たい"))).contains("course");
        assertThat(EXTRACTOR.kind(fold("イベントある？"))).contains("event");
    }
}
