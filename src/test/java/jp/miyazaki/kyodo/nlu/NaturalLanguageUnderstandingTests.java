package jp.miyazaki.kyodo.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.miyazaki.kyodo.testsupport.ShippedIntents;

class NaturalLanguageUnderstandingTests {

    static final NaturalLanguageUnderstanding NLU =
            NaturalLanguageUnderstanding.fromDialogs(Path.of("dialogs"), 0.4);
    private static final ZonedDateTime TUESDAY = ZonedDateTime.parse("2026-12-01T10:00:00+09:00[Asia/Tokyo]");
    /** Names whose words would pull the classifier elsewhere if they were read as part of the request. */
    private static final KnownNames MISLEADING_NAMES = kind -> switch (kind) {
        case OPPORTUNITY -> List.of("相談できるカフェ", "補助金説明会のお手伝い", "キャンセル待ちゼロの会", "お知らせ配りボランティア");
        case GRANT -> List.of("相談窓口づくり応援金", "ボランティア参加応援補助金", "施設予約サポート助成");
        default -> List.of();
    };

    @ParameterizedTest
    @CsvSource({
            "相談できるカフェに申し込みたい, volunteer.signup, 相談できるカフェ",
            "補助金説明会のお手伝いに申し込みたい, volunteer.signup, 補助金説明会のお手伝い",
            "キャンセル待ちゼロの会に申し込みたい, volunteer.signup, キャンセル待ちゼロの会",
            "お知らせ配りボランティアに申し込みたい, volunteer.signup, お知らせ配りボランティア",
            "相談窓口づくり応援金の締め切り, grant.deadline, 相談窓口づくり応援金",
            "ボランティア参加応援補助金の締め切り, grant.deadline, ボランティア参加応援補助金",
            "施設予約サポート助成の締め切り, grant.deadline, 施設予約サポート助成",
    })
    void aCatalogNameIsMaskedBeforeTheIntentIsClassified(String text, String intent, String name) {
        Understanding understanding = NLU.knowing(MISLEADING_NAMES).parse(text, TUESDAY);

        assertThat(understanding.intent().name()).as(text).isEqualTo(intent);
        assertThat(List.of(Objects.toString(understanding.slots().opportunity()),
                Objects.toString(understanding.slots().grant()))).contains(name);
    }

    /**
     * The sample catalog's names in keigo, with a typo or only in part: the name is found (a distinctive part is
     * enough) and the words around it decide the intent.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            認知症サポーター養成講座を受講させていただきたく存じます | volunteer.signup | 認知症サポーター養成講座
            赤江の津波避難訓練に参加したい                       | volunteer.signup | 赤江 津波避難訓練
            スマホ教室に申しこみたいでしゅ                       | volunteer.signup | シニアのためのスマホ教室
            読み聞かせボランティアをやりたいです                 | volunteer.signup | 図書館 読み聞かせボランティア
            日本語学習サポーターをやってみたい                   | volunteer.signup | 外国人住民の日本語学習サポーター
            ボッチャ体験とルール講習のキャンセルをしたい          | signup.cancel    | ボッチャ体験とルール講習
            文化芸術の助成金の締め切りを教えて                   | grant.deadline   | 文化芸術・国際交流活動助成金
            子育て応援助成金のしめきりはいつですか               | grant.deadline   | 子育て応援活動助成金
            ステップアップ部門に申請したいんですが               | grant.search     | 市民活動支援補助金（ステップアップ部門）
            スタートアップの補助金ってまだ間に合う？             | grant.deadline   | 市民活動支援補助金（スタートアップ部門）
            スポーツのボランティアに参加したい                   | -                | -
            佐土原公民館の場所を教えて                           | facility.search  | 佐土原公民館
            中央公民館は予約できますか                           | facility.search  | 宮崎市中央公民館
            大淀川をきれいにする会について教えて                 | group.search     | 大淀川をきれいにする会
            佐土原デジタルサポーターズに入りたい                 | group.search     | 佐土原デジタルサポーターズ
            """)
    void aNameInKeigoWithATypoOrInPartStartsWhatItsWordsAsk(String text, String intent, String name)
            throws java.io.IOException {
        Understanding understanding = NLU.knowing(NluBenchmark.sampleCatalogNames()).parse(text, TUESDAY);

        if (intent != null) {
            assertThat(understanding.intent().name()).as(text).isEqualTo(intent);
        }
        Slots slots = understanding.slots();
        assertThat(java.util.stream.Stream.of(slots.opportunity(), slots.grant(), slots.facility(), slots.group())
                .filter(Objects::nonNull).findFirst().orElse(null)).as(text).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({
            "今度の土曜に青島で海のごみ拾いとかあります？, activity.search",
            "なんか手伝えるボランティアないっちゃろか, activity.search",
            "ぼらんてぃあしたいです, activity.search",
            "このイベントに申し込みします, volunteer.signup",
            "申し込んだ講座を確認させてください, signup.list",
            "申し込んだ清掃に行けんくなった, signup.cancel",
            "なんか使える助成金ってありますか, grant.search",
            "交付金の申請はいつまでですか, grant.deadline",
            "会議で使える部屋を借りたいです, facility.search",
            "担当の人と直接話がしたい, consult.request",
            "お知らせを止めてほしい, subscription.manage",
            "なにができるとですか, help",
            "こんにちは！, greeting",
            "やっぱりやめます, cancel",
            "私の個人情報を消してください, privacy.delete",
    })
    void classifiesPoliteCasualDialectAndKanaMessages(String text, String intent) {
        assertThat(NLU.parse(text, TUESDAY).intent().name()).isEqualTo(intent);
    }

    @ParameterizedTest
    @CsvSource({
            "明日の宮崎の天気を教えて",
            "住民票はどこで取れますか",
            "おいしいチキン南蛮の店を教えて",
            "ｑｗｅｒｔｙ",
    })
    void answersFallbackOutsideTheBotsScope(String text) {
        assertThat(NLU.parse(text, TUESDAY).intent().name()).isEqualTo(Understanding.FALLBACK);
    }

    @Test
    void emojiOnlyIsFallbackWithFullConfidence() {
        Understanding understanding = NLU.parse("👍👍", TUESDAY);
        assertThat(understanding.intent()).isEqualTo(new IntentScore(Understanding.FALLBACK, 1.0));
    }

    @Test
    void rankingIsACalibratedDistributionBestFirst() {
        Understanding understanding = NLU.parse("ボランティアを探しています", TUESDAY);
        assertThat(understanding.ranking()).hasSize(ShippedIntents.count());
        assertThat(understanding.ranking().stream().mapToDouble(IntentScore::confidence).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(understanding.ranking().get(0)).isEqualTo(understanding.intent());
        assertThat(NLU.temperature()).isBetween(0.2, 3.0);
    }

    @Test
    void fillsSlotsFromTheSameMessage() {
        Slots slots = NLU.parse("今週末に青島で海岸清掃のボランティアある？", TUESDAY).slots();
        assertThat(slots.category()).isEqualTo("environment");
        assertThat(slots.district()).isEqualTo("青島");
        assertThat(slots.kind()).isEqualTo("volunteer");
        assertThat(slots.date()).isEqualTo(new DateRange(LocalDate.parse("2026-12-05"), LocalDate.parse("2026-12-06")));
    }

    @Test
    void aCorrectionMeansTheValueAfterJanakute() {
        assertThat(NLU.parse("土曜じゃなくて日曜", TUESDAY).slots().date()).isEqualTo(DateRange.day(
                LocalDate.parse("2026-12-06")));
        assertThat(NLU.parse("田野じゃなくて高岡でお願いします", TUESDAY).slots().district()).isEqualTo("高岡");
        assertThat(NLU.parse("田野で来週", TUESDAY).slots().district()).isEqualTo("田野");
        assertThat(NLU.parse("どようじゃなくてにちようで", TUESDAY).slots().date()).isEqualTo(DateRange.day(
                LocalDate.parse("2026-12-06")));
    }

    @Test
    void kanaOnlyTopicsAreTopics() {
        assertThat(NLU.parse("かんきょうのぼらんてぃあ", TUESDAY).slots().category()).isEqualTo("environment");
        assertThat(NLU.parse("きよたけでこどもむけのいべんとある？", TUESDAY).slots().category()).isEqualTo("childcare");
        assertThat(NLU.parse("ふくしのかつどう", TUESDAY).slots().category()).isEqualTo("welfare");
    }

    @Test
    void aThresholdAboveEveryConfidenceTurnsAnswersIntoFallback() {
        NaturalLanguageUnderstanding strict = NaturalLanguageUnderstanding.fromDialogs(Path.of("dialogs"), 1.01);
        Understanding understanding = strict.parse("ボランティアを探しています", TUESDAY);
        assertThat(understanding.intent().name()).isEqualTo(Understanding.FALLBACK);
        assertThat(understanding.ranking().get(0).name()).isEqualTo("activity.search");
    }

    @Test
    void tokensCarryBaseFormsAndReadingsAndKnowDomainWords() {
        Understanding understanding = NLU.parse("地域コミュニティ活動交付金を探してる", TUESDAY);
        assertThat(understanding.tokens()).extracting(Token::surface).contains("地域コミュニティ活動交付金");
        assertThat(understanding.tokens()).anySatisfy(t -> {
            assertThat(t.surface()).isEqualTo("探し");
            assertThat(t.baseForm()).isEqualTo("探す");
            assertThat(t.reading()).isEqualTo("サガシ");
        });
    }

    /** A message naming only a district, topic or kind asks for activities there, whatever the classifier says. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            住吉は？             | 住吉   | -
            清武はどう？          | 清武   | -
            佐土原のあたりは？    | 佐土原 | -
            中央                 | 中央   | -
            高岡で               | 高岡   | -
            福祉                 | -      | welfare
            """)
    void aMessageNamingOnlyADistrictOrTopicSearchesActivities(String text, String district, String category) {
        Understanding understanding = NLU.parse(text, TUESDAY);

        assertThat(understanding.intent().name()).as(text).isEqualTo("activity.search");
        assertThat(understanding.slots().district()).as(text).isEqualTo(district);
        assertThat(understanding.slots().category()).as(text).isEqualTo(category);
    }

    /** Beside the district, a word that asks something else leaves the intent to the classifier. */
    @ParameterizedTest
    @CsvSource({"住吉の公民館は？, facility.search", "清武の助成金は？, grant.search", "青島に住んでいます, fallback"})
    void aDistrictWithOtherWordsIsNotAloneTheClassifierDecides(String text, String intent) {
        assertThat(NLU.parse(text, TUESDAY).intent().name()).as(text).isEqualTo(intent);
    }

    /**
     * A message the classifier cannot place that names two facts of a search, one of them a district or a need,
     * searches with them; one fact, or facts of a story, leave it to the fallback.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            清武で孫と一緒に行けるとこないかね           | activity.search
            足腰に自信がないけど、高岡で何かできんかな   | activity.search
            青島に住んでいます                           | fallback
            昨日は清武で雨だった                         | fallback
            """)
    void aMessageNamingSeveralFactsOfASearchSearches(String text, String intent) {
        assertThat(NLU.parse(text, TUESDAY).intent().name()).as(text).isEqualTo(intent);
    }

    /** A city matter another desk answers is not guessed to be a search for the district and topic it names. */
    @Test
    void aMatterAnsweredElsewhereIsNotGuessedToBeASearch() {
        String bus = "佐土原の方を走るコミュニティバスはありますか";
        MattersElsewhere buses = message -> message.contains("バス");

        assertThat(NLU.parse(bus, TUESDAY).intent().name()).isEqualTo("activity.search");
        assertThat(NLU.leaving(buses).parse(bus, TUESDAY).intent().name()).isEqualTo(Understanding.FALLBACK);
    }
}
