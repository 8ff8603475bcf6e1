package jp.miyazaki.kyodo.dialog.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationWordsTests {

    @TempDir
    Path dialogs;

    @Test
    void theShippedWordsReadKanaAndWidthAlike() {
        FlowSet flows = ShippedFlows.load(dialogs);
        ConversationWords words = flows.words();

        assertThat(words.saysNoPreference("ナンデモイイデス")).isTrue();
        assertThat(words.saysNoPreference("とくにないです")).isTrue();
        assertThat(words.saysNoPreference("高岡で")).isFalse();
        assertThat(words.saysCancel("やっぱりやめます")).isTrue();
        assertThat(words.saysCancel("ｷｬﾝｾﾙ")).isTrue();
        assertThat(words.saysCancel("やっぱり高岡で")).isFalse();
        assertThat(words.marksCorrection("3人に変えて")).isTrue();
        assertThat(words.message("corrected")).isNotBlank();
        assertThat(words.changeAsked("地域を変える")).contains(SlotType.DISTRICT);
        assertThat(words.changeAsked("ほかの日にちでお願いします")).contains(SlotType.DATE);
        assertThat(words.changeAsked("ﾌﾞﾝﾔを変えたい")).contains(SlotType.CATEGORY);
        assertThat(words.changeAsked("Change area")).contains(SlotType.DISTRICT);
        assertThat(words.changeAsked("3人に変えて")).isEmpty();
        assertThat(words.changeAsked("地域はどこでも")).isEmpty();
        assertThat(words.saysClosing("そうですか。アリガトウ")).isTrue();
        assertThat(words.saysClosing("ｻﾝｷｭｰ")).isTrue();
        assertThat(words.saysClosing("高岡でお願いします")).isFalse();
        assertThat(words.message("closed")).contains("こちらこそ");
    }

    @Test
    void aWrongFileStopsTheStartWithItsLine() throws IOException {
        ShippedFlows.load(dialogs);
        Files.writeString(dialogs.resolve(ConversationWords.FILE), """
                no_preference: [なんでも]
                cancel: []
                correction: [やっぱり]
                typo: [x]
                """);

        assertThatThrownBy(() -> new FlowLoader().load(dialogs, Optional.of(ShippedFlows.ACTIONS)))
                .isInstanceOf(InvalidFlowsException.class)
                .hasMessageContaining("conversation.yml:2: 'cancel' must be a list of words")
                .hasMessageContaining("conversation.yml:4: unknown key 'typo'");
    }
}
