package jp.miyazaki.kyodo.dialog.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import jp.miyazaki.kyodo.KyodoBotApplication;
import jp.miyazaki.kyodo.cityguide.CityGuide;

/** Every kind of file in {@code dialogs/}, broken in a copy, is reported as {@code file:line:column: reason}. */
@ExtendWith(OutputCaptureExtension.class)
class DialogFilesCheckTests {

    @TempDir
    Path dialogs;

    @BeforeEach
    void copyTheShippedDialogs() throws IOException {
        Path shipped = Path.of("dialogs");
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = dialogs.resolve(shipped.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private String problems() {
        return String.join("\n", DialogFilesCheck.problems(dialogs).stream().map(Problem::toString).toList());
    }

    @Test
    void theShippedDialogsHaveNoProblem() {
        assertThat(problems()).isEmpty();
    }

    @Test
    void entitiesWithAnEntryThatIsNotAMappingAndAMissingLabel() throws IOException {
        Files.writeString(dialogs.resolve("entities.yml"), """
                categories:
                  - id: childcare
                    synonyms: [子育て]
                  - 教育
                districts:
                  - name: 檍
                    standalone: maybe
                kinds: volunteer
                """);

        assertThat(problems()).isEqualTo("""
                entities.yml:2:5: 'label' must be a text
                entities.yml:4:5: every entry of 'categories' must be a mapping
                entities.yml:7:5: 'standalone' must be true or false
                entities.yml:8:1: 'kinds' must be a list""");
    }

    @Test
    void needsListedTwiceOrWithoutWordsAndGenericWordsThatAreNotAList() throws IOException {
        Files.writeString(dialogs.resolve("entities.yml"), """
                categories: []
                districts: []
                kinds: []
                needs:
                  - id: wheelchair
                    synonyms: [車いす]
                  - id: wheelchair
                    synonyms: [車椅子]
                  - id: online
                generic_words: 活動
                """);

        assertThat(problems()).isEqualTo("""
                entities.yml:7:5: need 'wheelchair' is listed twice
                entities.yml:9:5: need 'online' has no synonyms
                entities.yml:10:1: 'generic_words' must be a list""");
    }

    @Test
    void intentsWrittenTwiceOrWithoutPhrases() throws IOException {
        Files.delete(dialogs.resolve("rich-menu.yml"));
        Files.writeString(dialogs.resolve("intents.yml"), """
                intents:
                  - name: activity.search
                    phrases: [探したい]
                  - name: activity.search
                    phrases: []
                """);

        assertThat(problems()).isEqualTo("""
                intents.yml:1:1: needs a 'fallback' intent with out-of-scope phrases
                intents.yml:4:5: intent 'activity.search' is defined twice
                intents.yml:4:5: intent 'activity.search' has no phrases""");
    }

    @Test
    void onlyOneIntentTakesMessagesNamingOnlyADistrictAndItsWordsAreTexts() throws IOException {
        Files.delete(dialogs.resolve("rich-menu.yml"));
        Files.writeString(dialogs.resolve("intents.yml"), """
                intents:
                  - name: activity.search
                    alone: [どう, {word: ある}]
                    phrases: [探したい]
                  - name: group.search
                    alone: [どう]
                    phrases: [団体を探したい]
                  - name: fallback
                    phrases: [こんにちは]
                """);

        assertThat(problems()).isEqualTo("""
                intents.yml:3:17: every entry must be a text
                intents.yml:6:5: only one intent may take messages that name only a district or topic; \
                'activity.search' already does""");
    }

    @Test
    void howManyFactsMakeASearchIsAWholeNumber() throws IOException {
        Files.delete(dialogs.resolve("rich-menu.yml"));
        Files.writeString(dialogs.resolve("intents.yml"), """
                intents:
                  - name: activity.search
                    alone: [どう]
                    alone_facts: two
                    phrases: [探したい]
                  - name: group.search
                    alone_facts: -1
                    phrases: [団体を探したい]
                  - name: fallback
                    phrases: [こんにちは]
                """);

        assertThat(problems()).isEqualTo("""
                intents.yml:4:5: 'alone_facts' must be a whole number of 0 or more
                intents.yml:7:5: 'alone_facts' must be a whole number of 0 or more""");
    }

    @Test
    void englishIntentsNamedTwiceUnknownWithoutPhrasesOrWithJapaneseOnlyKeys() throws IOException {
        Files.writeString(dialogs.resolve("en/intents.yml"), """
                intents:
                  - name: activity.search
                    phrases: [find volunteering]
                  - name: activity.search
                    phrases: [any events]
                  - name: volunteer.join
                    label: Join
                    phrases: []
                """);

        assertThat(problems()).isEqualTo("""
                en/intents.yml:1:1: needs a 'fallback' intent with out-of-scope phrases
                en/intents.yml:4:5: intent 'activity.search' is defined twice
                en/intents.yml:6:5: intent 'volunteer.join' has no phrases
                en/intents.yml:6:5: intent 'volunteer.join' is not in intents.yml
                en/intents.yml:7:5: 'label' is read from intents.yml only""");
    }

    @Test
    void englishEntitiesNameOnlyTheIdsAndDistrictsOfTheJapaneseOnes() throws IOException {
        Files.writeString(dialogs.resolve("en/entities.yml"), """
                stop_words: [the]
                categories:
                  - id: gardening
                    synonyms: [gardening]
                  - id: welfare
                districts:
                  - name: Aoshima
                    spellings: [aoshima]
                  - name: 清武
                kinds:
                  - id: volunteer
                    synonyms: [volunteer]
                """);

        assertThat(problems()).isEqualTo("""
                en/entities.yml:3:5: category 'gardening' is not in entities.yml
                en/entities.yml:5:5: 'welfare' has no synonyms
                en/entities.yml:7:5: district 'Aoshima' is not in entities.yml
                en/entities.yml:9:5: district '清武' has no spellings""");
    }

    @Test
    void dateRulesWithAnUnknownMeaningABrokenPatternTooFewGroupsAndUnknownWeeksOrDays() throws IOException {
        Files.writeString(dialogs.resolve("dates.yml"), """
                rules:
                  - means: tomorrow
                    pattern: '明日'
                  - means: someday
                    pattern: 'いつか'
                  - means: today
                    pattern: '今日('
                  - means: month-day
                    pattern: '(\\d+)月'
                  - pattern: '来週'
                weeks:
                  this: [今週]
                  last: [先週]
                  next: []
                days: [月, 火]
                """);

        assertThat(problems()).isEqualTo("""
                dates.yml:4:5: 'someday' is not a date meaning; known: month-day, days-later, weeks-later, \
                day-after-tomorrow, tomorrow, today, weekday, later-weekend, weekend, weekdays, week-after-next, \
                next-week, this-week, month-after-next, next-month, this-month, named-month, rest-of-year, next-year, \
                day-of-month
                dates.yml:7:5: not a valid pattern: Unclosed group at index 3
                dates.yml:9:5: 'month-day' needs 2 groups in its pattern, not 1
                dates.yml:10:5: 'means' must be a text
                dates.yml:13:3: 'last' is not a week; known: this, next, after-next, following
                dates.yml:14:3: 'next' has no words
                dates.yml:15:1: 'days' must be a mapping of names to words""");
    }

    @Test
    void aLexiconWithAnEmptyListAMissingPlaceholderAndAMaskThatIsNotAText() throws IOException {
        Files.writeString(dialogs.resolve("lexicon.yml"), """
                contrast: []
                placeholders:
                  opportunity: 活動
                  grant: 助成金
                  facility: 施設
                district_suffixes: [地区]
                before_reading: [は]
                after_reading: [で]
                name_particles: [の]
                qualifying_particle: の
                date_counters: [日]
                masks:
                  phone: [電話]
                  email: '[メールアドレス]'
                  street_number: '[番地]'
                  name: '[氏名]'
                search_stop_words: する
                """);

        assertThat(problems()).isEqualTo("""
                lexicon.yml:1:1: 'contrast' needs at least one word
                lexicon.yml:2:1: 'group' must be a text
                lexicon.yml:13:3: 'phone' must be a text
                lexicon.yml:17:1: 'search_stop_words' must be a list""");
    }

    @Test
    void aYamlSyntaxErrorInAnyFileHasItsLineAndColumn() throws IOException {
        Files.writeString(dialogs.resolve("flows/signup.yml"), """
                flow: signup
                steps:
                  start: [unclosed
                """);
        Files.writeString(dialogs.resolve("messages/signup.yml"), "signup.full: \"満員です\n");
        Files.writeString(dialogs.resolve("conversation.yml"), "no:\n\t- いいえ\n");

        assertThat(problems()).isEqualTo("""
                conversation.yml:2:1: not valid YAML: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)
                flows/signup.yml:4:1: not valid YAML: expected ',' or ']', but got <stream end>
                messages/signup.yml:2:1: not valid YAML: found unexpected end of stream""");
    }

    @Test
    void aRichMenuWithALongLabelAndAnAreaThatSendsNothing() throws IOException {
        Files.writeString(dialogs.resolve("rich-menu.yml"), """
                name: 協働ボット
                chatBarText: メニューを開く・閉じる・もう一度開く
                areas:
                  - label: ボランティアや講座やイベントや交付金を探す
                    postback: intent=activity.search
                  - label: 相談
                """);

        assertThat(problems()).isEqualTo("""
                rich-menu.yml:2:1: chatBarText has more than 14 characters
                rich-menu.yml:3:1: the rich menu has 6 areas, not 2
                rich-menu.yml:4:5: the label 'ボランティアや講座やイベントや交付金を探す' is longer than LINE's 20 characters
                rich-menu.yml:6:5: the area '相談' needs either postback or text""");
    }

    @Test
    void aRichMenuPostbackNamingAnUnknownFlowOrIntent() throws IOException {
        String menu = Files.readString(dialogs.resolve("rich-menu.yml"))
                .replace("postback: intent=grant.search", "postback: intent=grant.find")
                .replace("postback: intent=facility.search", "postback: flow=facility-search&slot=district");
        Files.writeString(dialogs.resolve("rich-menu.yml"), menu);

        assertThat(problems()).isEqualTo("""
                rich-menu.yml:18:5: the postback names intent 'grant.find', which intents.yml does not list
                rich-menu.yml:22:5: the postback names flow 'facility-search', which no file in flows/ defines""");
    }

    @Test
    void aUserDictionaryLineWithMissingFieldsOrUnmatchedReadings() throws IOException {
        Files.writeString(dialogs.resolve("user-dictionary.csv"), """
                # surface,segmentation,readings,part of speech
                市民活動センター,市民活動センター,シミンカツドウセンター,カスタム名詞
                地域自治区,地域自治区
                宮崎市役所,宮崎 市役所,ミヤザキシヤクショ,カスタム名詞
                交付金,,コウフキン,カスタム名詞
                """);

        assertThat(problems()).isEqualTo("""
                user-dictionary.csv:3:1: expected surface,segmentation,readings,part of speech, not 2 fields
                user-dictionary.csv:4:14: 2 segments but 1 readings
                user-dictionary.csv:5:5: an empty field""");
    }

    @Test
    void aCityGuideProblemHasTheLineOfTheValue() throws IOException {
        Files.writeString(dialogs.resolve("city-guide.yml"), """
                contacts:
                  city:
                    name: 宮崎市役所
                    phone: 25-2111
                topics:
                  - topic: ごみ
                    words: [ごみ]
                    contact: town
                """);

        assertThatThrownBy(() -> CityGuide.load(dialogs)).isInstanceOfSatisfying(InvalidFlowsException.class,
                e -> assertThat(e.problems()).map(Problem::toString).containsExactly(
                        "city-guide.yml:4:5: contact 'city': the phone must read like 0985-25-2111",
                        "city-guide.yml:8:5: topic 'ごみ': unknown contact 'town'"));
    }

    @Test
    void theAppRefusesToStartWithOneLinePerProblemAndNoStackTrace(CapturedOutput output) throws IOException {
        Files.writeString(dialogs.resolve("entities.yml"), """
                categories:
                  - id: childcare
                districts: []
                kinds: []
                """);

        assertThatThrownBy(() -> new SpringApplicationBuilder(KyodoBotApplication.class).run("--server.port=0",
                "--kyodo.dialogs-dir=" + dialogs, "--kyodo.dialog.watch=false"))
                .isInstanceOf(InvalidFlowsException.class);
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("\nentities.yml:2:5: 'label' must be a text\n")
                .doesNotContain("\tat org.springframework");
    }
}
