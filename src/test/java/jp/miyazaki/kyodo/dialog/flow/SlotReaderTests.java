package jp.miyazaki.kyodo.dialog.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.nlu.DateRange;
import jp.miyazaki.kyodo.nlu.Slots;

class SlotReaderTests {

    private static Slot slot(SlotType type, Integer min, Integer max, ChoiceSpec... choices) {
        return new Slot("s", type, "?", List.of(choices), null, 2, null, null, min, max, false);
    }

    private static Slot nameSlot() {
        return new Slot("name", SlotType.TEXT, "?", List.of(), null, 2, null, null, null, 40, false, null, false,
                Slot.NAME_FORMAT, 0);
    }

    @ParameterizedTest
    @CsvSource({
        "宮崎 花子, 宮崎 花子",
        "宮崎花子です, 宮崎花子",
        "宮崎と申します。, 宮崎",
        "Hanako Miyazaki, Hanako Miyazaki",
        "みやざき はなこ, みやざき はなこ",
        "みやざき たいち, みやざき たいち",
    })
    void aNameIsTakenWithoutItsPoliteEnding(String typed, String stored) {
        assertThat(SlotReader.fromText(nameSlot(), typed, Slots.NONE)).hasValue(stored);
    }

    @ParameterizedTest
    @CsvSource({"はい", "いいえ", "090-1234-5678", "hanako@example.jp", "さっきの申し込みの続きをしたい",
        "名前って必要ですか？", "教えてください"})
    void whatIsNotANameIsNotTakenAsOne(String typed) {
        assertThat(SlotReader.fromText(nameSlot(), typed, Slots.NONE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "090-1234-5678, 090-1234-5678",
        "０９０－１２３４－５６７８, 090-1234-5678",
        "０９０ー１２３４ー５６７８, 090-1234-5678",
        "09012345678, 09012345678",
        "0985 21 1234, 0985 21 1234",
        "Taro@Example.jp, Taro@Example.jp",
    })
    void contactsAreKeptAsWrittenInHalfWidth(String typed, String stored) {
        assertThat(SlotReader.fromText(slot(SlotType.CONTACT, null, null), typed, Slots.NONE)).hasValue(stored);
    }

    @ParameterizedTest
    @CsvSource({"電話は090の1234", "taro@example", "12345", "あとで"})
    void whatIsNotAPhoneOrAnEmailIsRefused(String typed) {
        assertThat(SlotReader.fromText(slot(SlotType.CONTACT, null, null), typed, Slots.NONE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"3, 3", "３人です, 3", "三人, 3", "ひとりです, 1", "10名, 10"})
    void numbersAreReadInTheWaysPeopleWriteThem(String typed, String stored) {
        assertThat(SlotReader.fromText(slot(SlotType.NUMBER, 1, 10), typed, Slots.NONE)).hasValue(stored);
    }

    @Test
    void numbersOutsideTheRangeAreRefused() {
        assertThat(SlotReader.fromText(slot(SlotType.NUMBER, 1, 10), "30人", Slots.NONE)).isEmpty();
        assertThat(SlotReader.fromText(slot(SlotType.NUMBER, 1, 10), "0", Slots.NONE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"はい, yes", "お願いします, yes", "OK, yes", "いいえ, no", "同意しません, no", "やめておきます, no"})
    void yesAndNoAreRecognised(String typed, String stored) {
        assertThat(SlotReader.fromText(slot(SlotType.YES_NO, null, null), typed, Slots.NONE)).hasValue(stored);
    }

    @Test
    void choicesMatchTheirLabelOrALabelInsideTheMessage() {
        Slot topic = slot(SlotType.CHOICE, null, null, new ChoiceSpec("会計・経理", "accounting", null, null, 1),
                new ChoiceSpec("広報", "publicity", null, null, 2));

        assertThat(SlotReader.fromText(topic, "会計・経理", Slots.NONE)).hasValue("accounting");
        assertThat(SlotReader.fromText(topic, "広報の相談です", Slots.NONE)).hasValue("publicity");
        assertThat(SlotReader.fromText(topic, "天気", Slots.NONE)).isEmpty();
        assertThat(SlotReader.fromButton(topic, "publicity")).hasValue("publicity");
        assertThat(SlotReader.fromButton(topic, "forged")).isEmpty();
    }

    @Test
    void entitySlotsComeFromTheUnderstanding() {
        Slots found = new Slots("environment", "青島", new DateRange(LocalDate.of(2026, 11, 28),
                LocalDate.of(2026, 11, 29)));

        assertThat(SlotReader.fromText(slot(SlotType.CATEGORY, null, null), "環境", found)).hasValue("environment");
        assertThat(SlotReader.fromText(slot(SlotType.DISTRICT, null, null), "青島", found)).hasValue("青島");
        assertThat(SlotReader.fromText(slot(SlotType.DATE, null, null), "今週末", found))
                .hasValue("2026-11-28/2026-11-29");
        assertThat(SlotReader.fromText(slot(SlotType.DISTRICT, null, null), "どこか", Slots.NONE)).isEmpty();
    }

    @Test
    void freeTextIsKeptWithinItsLength() {
        assertThat(SlotReader.fromText(slot(SlotType.TEXT, null, 5), "  宮崎 花子 ", Slots.NONE)).hasValue("宮崎 花子");
        assertThat(SlotReader.fromText(slot(SlotType.TEXT, null, 5), "とても長い名前です", Slots.NONE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "名前まちがえました、山下 里奈です|山下 里奈",
        "あ、名前は山下 里奈でお願いします|山下 里奈",
        "名前は山下里奈に直してください|山下里奈",
        "すみません。名前、正しくは山下 りなです|山下 りな",
    })
    void aCorrectionGivesTheNewNameAfterItsWords(String typed, String corrected) {
        assertThat(SlotReader.fromCorrection(nameSlot(), typed, List.of("名前", "まちがえました", "に直して", "正しくは")))
                .hasValue(corrected);
    }

    @Test
    void aCorrectionWithoutANameGivesNothing() {
        assertThat(SlotReader.fromCorrection(nameSlot(), "名前を言わないといけませんか", List.of("名前"))).isEmpty();
        assertThat(SlotReader.fromCorrection(nameSlot(), "名前まちがえました", List.of("名前", "まちがえました"))).isEmpty();
    }

    @Test
    void aChoiceWordIsReadInEitherKana() {
        Slot topic = slot(SlotType.CHOICE, null, null, new ChoiceSpec("会計・経理", "accounting", null, null, 1,
                List.of("会計", "かいけい")), new ChoiceSpec("広報", "publicity", null, null, 2, List.of("こうほう")));

        assertThat(SlotReader.fromText(topic, "カイケイのことで相談", Slots.NONE)).hasValue("accounting");
        assertThat(SlotReader.fromText(topic, "ｺｳﾎｳの しかた", Slots.NONE)).hasValue("publicity");
        assertThat(SlotReader.fromText(topic, "けいかくの相談", Slots.NONE)).isEmpty();
    }
}
