package jp.miyazaki.kyodo.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped English understanding ({@code dialogs/en/}), and how messages reach it. */
class EnglishUnderstandingTests {

    /** Tuesday 1 December 2026, 10:00 in Miyazaki. */
    private static final ZonedDateTime TUESDAY = ZonedDateTime.parse("2026-12-01T10:00:00+09:00[Asia/Tokyo]");
    private static final Path DIALOGS = Path.of("dialogs");
    private static final EnglishUnderstanding ENGLISH =
            EnglishUnderstanding.fromDialogs(DIALOGS, NluProperties.DEFAULT_THRESHOLD);

    private static Understanding parse(String text) {
        return ENGLISH.parse(text, TUESDAY);
    }

    @Test
    void aSearchWithADistrictADateAndAKind() {
        Understanding understood = parse("I want to volunteer in Aoshima this weekend");

        assertThat(understood.intent().name()).isEqualTo("activity.search");
        assertThat(understood.slots().district()).isEqualTo("青島");
        assertThat(understood.slots().kind()).isEqualTo("volunteer");
        assertThat(understood.slots().date()).isEqualTo(new DateRange(LocalDate.parse("2026-12-05"),
                LocalDate.parse("2026-12-06")));
    }

    @Test
    void theCityNameIsNoDistrictAndTheSearchStillUnderstood() {
        Understanding understood = parse("I want to volunteer in Miyazaki this weekend");

        assertThat(understood.intent().name()).isEqualTo("activity.search");
        assertThat(understood.slots().district()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "when is the deadline for grants, grant.deadline",
        "are there subsidies for our neighbourhood association, grant.search",
        "please sign me up for this one, volunteer.signup",
        "what did I register for, signup.list",
        "I can't come on Saturday anymore, signup.cancel",
        "I'd like to rent a room for our meeting, facility.search",
        "can I talk to somebody at the city office, consult.request",
        "please stop the notifications, subscription.manage",
        "can you speak Japanese please, language.choose",
        "how do I use this bot, help",
        "good morning to you, greeting",
        "never mind that, cancel",
        "delete all my data please, privacy.delete",
        "will it snow tonight, fallback",
        "recommend a good izakaya, fallback"})
    void intentsInPlainEnglish(String text, String intent) {
        assertThat(parse(text).intent().name()).as(text).isEqualTo(intent);
    }

    @ParameterizedTest
    @CsvSource({
        "volunteering in Sadowara, 佐土原",
        "volunteering in Sadohara, 佐土原",
        "events in Kiyotake, 清武",
        "events in kiyotkae, 清武",
        "classes in Ooyodo, 大淀",
        "classes in Ōyodo, 大淀",
        "anything in Higashi-Omiya, 東大宮",
        "anything in Omiya, 大宮",
        "a cleanup in Otsukadai, 大塚台",
        "a cleanup in Otsuka, 大塚",
        "events in the Kita district, 北",
        "events in Chuo, 中央",
        "volunteering downtown, 中央",
        "help in Sumiyosi, 住吉"})
    void theDistrictsInRomajiWithTheirCommonSpellings(String text, String district) {
        assertThat(parse(text).slots().district()).as(text).isEqualTo(district);
    }

    @Test
    void aCompassPointIsNoDistrict() {
        assertThat(parse("events in the north of the city").slots().district()).isNull();
    }

    /** The Oyodo River runs through the whole city: it names no district, as 大淀川 does not; Oyodo alone does. */
    @Test
    void aLandmarkNamedAfterADistrictIsNoDistrict() {
        Understanding river = parse("picking up litter along the Oyodo River on Sunday");
        assertThat(river.slots().district()).isNull();
        assertThat(river.slots().category()).isEqualTo("environment");
        assertThat(parse("picking up litter in Oyodo on Sunday").slots().district()).isEqualTo("大淀");
        assertThat(parse("Oyodo river walk, then something in Kiyotake").slots().district()).isEqualTo("清武");
    }

    @ParameterizedTest
    @CsvSource({
        "a disaster prevention workshop, disaster, course",
        "environmental volunteering, environment, volunteer",
        "beach cleanups next week, environment, ",
        "an international exchange event, international, event",
        "helping the elderly, welfare, ",
        "a yoga class, sports, course",
        "volunteers for a children's cafeteria, childcare, volunteer",
        "tutoring kids as a volunteer, education, volunteer",
        "a calligraphy seminar, culture, course",
        "neighborhood association events, community, event"})
    void categoriesAndKindsInEnglish(String text, String category, String kind) {
        Slots slots = parse(text).slots();
        assertThat(slots.category()).as(text).isEqualTo(category);
        assertThat(slots.kind()).as(text).isEqualTo(kind);
    }

    @Test
    void needsAreReadBeforeTheTopicAndTheWordsThatNameNothingAreKeywords() {
        Understanding understood = parse("an environment event I can go to with my kids");

        assertThat(understood.slots().category()).isEqualTo("environment");
        assertThat(ENGLISH.searchWords("an environment event I can go to with my kids").needs())
                .containsExactly("children_welcome");
        assertThat(ENGLISH.searchWords("somewhere wheelchair accessible").needs()).containsExactly("wheelchair");
        // "class" names the kind and "is there a" are stop words: the rest is looked for in English titles.
        assertThat(ENGLISH.searchWords("is there a smartphone class?"))
                .isEqualTo(new SearchWords(Set.of(), List.of("smartphone")));
        // Every activity is in Miyazaki: the city's name is no keyword to search by.
        assertThat(ENGLISH.searchWords("I want to volunteer in Miyazaki City").keywords()).isEmpty();
    }

    @Test
    void aCorrectionWinsOverTheValueItReplaces() {
        assertThat(parse("not Saturday but Sunday").slots().date())
                .isEqualTo(DateRange.day(LocalDate.parse("2026-12-06")));
        assertThat(parse("not Aoshima but Kiyotake").slots().district()).isEqualTo("清武");
    }

    @Test
    void aMessageNamingOnlyADistrictOrTopicAsksForActivitiesThere() {
        Understanding understood = parse("what about Kibana?");

        assertThat(understood.intent().name()).isEqualTo("activity.search");
        assertThat(understood.intent().confidence())
                .isGreaterThanOrEqualTo(NaturalLanguageUnderstanding.ALONE_CONFIDENCE);
        assertThat(parse("anything on welfare").intent().name()).isEqualTo("activity.search");
    }

    @Test
    void wordsStemmedAndLowerCased() {
        assertThat(parse("VOLUNTEERING Opportunities").tokens()).extracting(Token::baseForm)
                .containsExactly("volunt", "opportun");
    }

    @Test
    void nothingButPunctuationIsFallback() {
        assertThat(parse("?!").intent()).isEqualTo(new IntentScore(Understanding.FALLBACK, 1.0));
    }

    @Test
    void everyIntentHasEnglishPhrasesAndNoOtherIntentIsNamed() {
        Set<String> japanese = new HashSet<>();
        IntentPhrases.load(DIALOGS.resolve("intents.yml")).forEach(intent -> japanese.add(intent.name()));
        Set<String> english = new HashSet<>();
        IntentPhrases.load(DIALOGS.resolve("en/intents.yml")).forEach(intent -> english.add(intent.name()));

        assertThat(english).isEqualTo(japanese);
    }

    @Test
    void aMessageInLatinScriptIsReadInEnglishEveryOtherAsBefore() {
        NaturalLanguageUnderstanding japanese =
                NaturalLanguageUnderstanding.fromDialogs(DIALOGS, NluProperties.DEFAULT_THRESHOLD);
        BilingualUnderstanding both = new BilingualUnderstanding(japanese, Optional.of(ENGLISH));

        assertThat(both.parse("I want to volunteer in Aoshima this weekend", TUESDAY).slots().district())
                .isEqualTo("青島");
        assertThat(japanese.parse("I want to volunteer in Aoshima this weekend", TUESDAY).slots().district())
                .isNull();
        for (String text : List.of("今週末に青島でボランティアしたい", "help", "Aoshimaでボランティア", "12/20")) {
            assertThat(both.parse(text, TUESDAY)).as(text).isEqualTo(japanese.parse(text, TUESDAY));
            assertThat(both.searchWords(text)).as(text).isEqualTo(japanese.searchWords(text));
        }
        assertThat(both.parse("beach cleanup 12/20 9:00 ok?", TUESDAY).slots().date())
                .as("digits and punctuation tell no language").isEqualTo(DateRange.day(LocalDate.of(2026, 12, 20)));
        assertThat(both.readsAsEnglish("12/20 9:00")).isFalse();
        assertThat(both.readsAsEnglish("Привет друзья")).isFalse();
        assertThat(new BilingualUnderstanding(japanese, Optional.empty()).parse("Hello there", TUESDAY))
                .isEqualTo(japanese.parse("Hello there", TUESDAY));
    }

    /** One English word the Japanese cannot place is read in English; a name stays the Japanese reading. */
    @Test
    void oneEnglishWordTheJapaneseCannotPlaceIsReadInEnglish() {
        NaturalLanguageUnderstanding japanese =
                NaturalLanguageUnderstanding.fromDialogs(DIALOGS, NluProperties.DEFAULT_THRESHOLD);
        BilingualUnderstanding both = new BilingualUnderstanding(japanese, Optional.of(ENGLISH));

        assertThat(japanese.parse("Grants?", TUESDAY).intent().name()).isEqualTo(Understanding.FALLBACK);
        assertThat(both.parse("Grants?", TUESDAY).intent().name()).isEqualTo("grant.search");
        assertThat(both.parse("Deadlines", TUESDAY).intent().name()).isEqualTo("grant.deadline");
        assertThat(both.parse("unsubscribe", TUESDAY).intent().name()).isEqualTo("subscription.manage");
        for (String text : List.of("Taro", "zzz", "ok", "K7Q4-9MZP", "hanako@example.jp")) {
            assertThat(both.parse(text, TUESDAY)).as(text).isEqualTo(japanese.parse(text, TUESDAY));
        }
    }
}
