package jp.miyazaki.kyodo.dialog.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageFilesTests {

    @TempDir
    Path dir;

    @BeforeEach
    void messagesFolder() throws IOException {
        Files.createDirectories(dir.resolve("messages"));
    }

    @Test
    void aTextOrATextPerLanguageIsRenderedWithItsValues() throws IOException {
        write("signup.yml", """
                signup.confirmed: お申し込みを受け付けました（受付番号 {{reference}}）。
                signup.full:
                  ja: 「{{ title }}」は満員です。
                  en: '"{{title}}" is full.'
                  ja-easy: 「{{title}}」は いっぱいです。
                """);
        MessageCatalog catalog = MessageCatalog.load(dir);

        assertThat(catalog.text("signup.confirmed", Map.of("reference", "S00001")))
                .isEqualTo("お申し込みを受け付けました（受付番号 S00001）。");
        assertThat(catalog.text("signup.full", Map.of("title", "清掃"))).isEqualTo("「清掃」は満員です。");
        assertThat(catalog.text("en", "signup.full", Map.of("title", "Clean-up"))).isEqualTo("\"Clean-up\" is full.");
        assertThat(catalog.text("en", "signup.confirmed", Map.of("reference", "S1")))
                .as("a language not written yet falls back to Japanese").startsWith("お申し込み");
    }

    @Test
    void aLabelListsItsOtherNamesAndTheWordsOfAMessageThatNameIt() throws IOException {
        write("group.yml", """
                group.group-kind.npo: {ja: NPO法人, en: Nonprofit, ja-easy: NPO ほうじん, in-messages: [NPO, ＮＰＯ]}
                group.group-kind.civic:
                  ja: 市民活動団体
                  also: [市民団体]
                """);
        Map<String, Message> messages = MessageCatalog.load(dir).messages();

        assertThat(messages.get("group.group-kind.npo").inMessages()).containsExactly("NPO", "ＮＰＯ");
        assertThat(messages.get("group.group-kind.npo").also()).isEmpty();
        assertThat(messages.get("group.group-kind.civic").also()).containsExactly("市民団体");
        assertThat(messages.get("group.group-kind.civic").texts()).containsOnlyKeys("ja");
    }

    @Test
    void wordsThatAreNoListAreAProblemWithFileAndLine() throws IOException {
        write("group.yml", """
                group.group-kind.civic:
                  ja: 市民活動団体
                  also: 市民団体
                """);

        assertThat(catchThrowableOfType(InvalidFlowsException.class, () -> MessageCatalog.load(dir)).problems())
                .map(Problem::toString).containsExactly("messages/group.yml:3: the 'also' words of "
                        + "'group.group-kind.civic' must be a list of words, e.g. also: [NPO, npo]");
    }

    @Test
    void anUnknownKeyOrAMissingValueIsAProgrammingErrorNamed() throws IOException {
        write("signup.yml", "signup.confirmed: 受付番号 {{reference}}\n");
        MessageCatalog catalog = MessageCatalog.load(dir);

        assertThatThrownBy(() -> catalog.text("signup.nothing")).hasMessageContaining("signup.nothing");
        assertThatThrownBy(() -> catalog.text("signup.confirmed"))
                .hasMessageContaining("messages/signup.yml:1").hasMessageContaining("{{reference}}");
    }

    @Test
    void everyProblemIsListedWithFileAndLine() throws IOException {
        write("signup.yml", """
                signup.ok: 受け付けました。
                signup.ok: もう一度。
                signup.brace: 受付番号 {reference}
                subscription.elsewhere: 別のモジュールの言葉
                signup.no-japanese:
                  en: English only
                signup.french:
                  ja: 日本語
                  fr: français
                signup.other-values:
                  ja: 「{{title}}」
                  en: '"{{name}}"'
                signup.list: [a, b]
                """);
        write("privacy.yml", "privacy.broken: [unclosed\n");

        assertThat(problems()).containsExactly(
                "messages/privacy.yml:2: not valid YAML: while parsing a flow sequence",
                "messages/signup.yml:2: 'signup.ok' is written twice",
                "messages/signup.yml:3: the ja text of 'signup.brace' has a brace outside a placeholder;"
                        + " write placeholders as {{name}}",
                "messages/signup.yml:4: key 'subscription.elsewhere' must start with 'signup.' (the file's module)"
                        + " and use lower-case words joined by dots",
                "messages/signup.yml:5: 'signup.no-japanese' has no Japanese (ja) text",
                "messages/signup.yml:9: unknown language 'fr' (write one of ja, en, ja-easy)",
                "messages/signup.yml:10: the en text of 'signup.other-values' uses [name] but the Japanese text"
                        + " uses [title]",
                "messages/signup.yml:13: 'signup.list' needs a text or a text per language");
    }

    @Test
    void aKeyWrittenInTwoFilesNamesTheFirst() throws IOException {
        write("signup.yml", "signup.ok: 受け付けました。\n");
        write("signup.yaml", "\nsignup.ok: 受け付けました。\n");

        assertThat(problems()).containsExactly(
                "messages/signup.yml:1: 'signup.ok' is also written in messages/signup.yaml:2");
    }

    @Test
    void aReloadWithABrokenMessageFileKeepsFlowsAndMessagesInUse() throws IOException {
        ShippedFlows.load(dir);
        MessageCatalog messages = MessageCatalog.load(dir);
        FlowRegistry registry = new FlowRegistry(dir, ShippedFlows.ACTIONS, new FlowLoader(), messages);
        FlowSet before = registry.current();
        String confirmed = messages.text("signup.list", Map.of("count", 2));
        write("signup.yml", "signup.list: \"{{count}件\"\n");

        FlowRegistry.ReloadResult refused = registry.reload();

        assertThat(refused.applied()).isFalse();
        assertThat(refused.problems()).containsExactly("messages/signup.yml:1: the ja text of 'signup.list' has a"
                + " brace outside a placeholder; write placeholders as {{name}}");
        assertThat(registry.current()).isSameAs(before);
        assertThat(messages.text("signup.list", Map.of("count", 2))).isEqualTo(confirmed);

        write("signup.yml", "signup.list: \"{{count}}件です。\"\n");
        assertThat(registry.reload().applied()).isTrue();
        assertThat(messages.text("signup.list", Map.of("count", 2))).isEqualTo("2件です。");
        assertThat(messages.messages()).containsKey("signup.list").doesNotContainKey("signup.confirmed");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve("messages").resolve(name), text);
    }

    private List<String> problems() {
        InvalidFlowsException e = catchThrowableOfType(InvalidFlowsException.class, () -> MessageCatalog.load(dir));
        assertThat(e).as("the messages should be refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }
}
