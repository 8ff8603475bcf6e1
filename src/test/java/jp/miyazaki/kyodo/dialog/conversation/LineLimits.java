package jp.miyazaki.kyodo.dialog.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jp.miyazaki.kyodo.dialog.Reply;

/** LINE's limits, checked on every answer a conversation test produces. */
final class LineLimits {

    private LineLimits() {
    }

    static void check(Reply reply) {
        assertThat(reply.parts()).as("messages in one answer").hasSizeLessThanOrEqualTo(5);
        for (Reply.Part part : reply.parts()) {
            List<Reply.Choice> buttons = new ArrayList<>();
            if (part instanceof Reply.Text text) {
                assertThat(text.text().length()).as("text length").isLessThanOrEqualTo(5000);
            } else if (part instanceof Reply.Choices choices) {
                assertThat(choices.text().length()).as("text length").isLessThanOrEqualTo(5000);
                assertThat(choices.choices()).as("quick replies").hasSizeLessThanOrEqualTo(13);
                buttons.addAll(choices.choices());
            } else if (part instanceof Reply.Confirm confirm) {
                assertThat(confirm.text().length()).as("confirm text length").isLessThanOrEqualTo(240);
                buttons.add(confirm.yes());
                buttons.add(confirm.no());
            } else if (part instanceof Reply.Cards cards) {
                assertThat(cards.cards()).as("carousel").hasSizeLessThanOrEqualTo(12);
                cards.cards().forEach(card -> buttons.addAll(card.buttons()));
            }
            for (Reply.Choice button : buttons) {
                assertThat(button.label().length()).as("label of " + button.label()).isLessThanOrEqualTo(20);
                if (button.action() instanceof Reply.Action.Send send) {
                    assertThat(send.data().length()).as("postback data").isLessThanOrEqualTo(300);
                }
            }
        }
    }
}
