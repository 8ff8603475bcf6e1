package jp.miyazaki.kyodo.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSpotterTests {

    private static final List<String> NAMES = List.of("青島海岸ビーチクリーン", "子ども食堂ボランティア",
            "地域コミュニティ活動交付金", "市民活動支援補助金（スタートアップ部門）",
            "市民活動支援補助金（ステップアップ部門）", "おはなし会", "シニアのためのスマホ教室", "外国人住民の日本語学習サポーター", "やさしい日本語 入門講座",
            "障がい者スポーツ指導員 入門講座");

    private static final MorphologicalAnalyzer ANALYZER =
            MorphologicalAnalyzer.withUserDictionary(Path.of("dialogs/user-dictionary.csv"));

    private final NameSpotter spotter = new NameSpotter(
            new EntityExtractor(EntityVocabulary.load(Path.of("dialogs/entities.yml")))::isOneWord,
            NameSpotterTests::reading, Lexicon.shipped());
    private final TextNormalizer normalizer = new TextNormalizer();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            青島海岸ビーチクリーンに申し込みたい        | 青島海岸ビーチクリーン
            青島海岸ビーチクリンに申し込みたい          | 青島海岸ビーチクリーン
            あおしま海岸ビーチクリーンに出たい          | 青島海岸ビーチクリーン
            地域コミュニティ活動交付金の締め切りは？     | 地域コミュニティ活動交付金
            地域コミュニティ活動の交付金について        | 地域コミュニティ活動交付金
            市民活動支援補助金の説明会はありますか     | -
            スタートアップ部門の補助金の説明会は？     | 市民活動支援補助金（スタートアップ部門）
            ボランティアを探しています               | -
            今日の天気は？                         | -
            おはなし会に行きたい                    | おはなし会
            スマホ教室に申しこみたい                 | シニアのためのスマホ教室
            日本語学習サポーターをやってみたい        | 外国人住民の日本語学習サポーター
            日本語の講座はありますか                 | -
            入門講座に出たい                        | -
            スポーツのボランティアに参加したい        | -
            すまほきょうしつに もうしこみたい          | シニアのためのスマホ教室
            スマホきょうしつに出たい                  | シニアのためのスマホ教室
            おはなしかいに いきたい                   | おはなし会
            ちいきこみゅにてぃかつどうこうふきんの しめきり | 地域コミュニティ活動交付金
            にほんごの こうざは ありますか            | -
            しにあのための すまほ きょうしつに もうしこみたい | シニアのためのスマホ教室
            やさしい日本語入門講座に出たい            | やさしい日本語 入門講座
            """)
    void namesWhatTheMessageMentions(String message, String expected) {
        String folded = TextNormalizer.foldKana(normalizer.normalize(message));

        assertThat(spotter.spot(folded, NAMES).orElse(null)).isEqualTo(expected);
    }

    /** Spaces count on neither side, and where the message writes the name still covers its spaces. */
    @Test
    void aNameWrittenWithSpacesIsFoundWhereTheMessageWritesIt() {
        String folded = TextNormalizer.foldKana(normalizer.normalize("あおしま かいがん びーちくりーんに でたい"));

        NameSpotter.Spotted spotted = spotter.find(folded, NAMES, false).orElseThrow();

        assertThat(spotted.name()).isEqualTo("青島海岸ビーチクリーン");
        assertThat(folded.substring(spotted.start(), spotted.end())).isEqualTo("アオシマ カイガン ビーチクリーン");
    }

    private static String reading(String normalized) {
        StringBuilder reading = new StringBuilder();
        ANALYZER.tokenize(normalized).forEach(t -> reading.append(t.reading() != null ? t.reading() : t.surface()));
        return TextNormalizer.foldKana(reading.toString());
    }
}
