package jp.miyazaki.kyodo.dialog.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.line.LineMessageJson;
import jp.miyazaki.kyodo.line.LineMessageRenderer;
import jp.miyazaki.kyodo.shared.LineLimits;
import jp.miyazaki.kyodo.testsupport.LineOpenApi;

/**
 * Every answer a conversation test produces must fit LINE as written — the flows must not rely on the renderer
 * cutting them down — and, rendered as LINE would receive it, conform to LINE's OpenAPI document (when present).
 */
final class LineConformance {

    private static final LineMessageRenderer RENDERER = new LineMessageRenderer();
    private static final LineMessageJson JSON = new LineMessageJson();

    private LineConformance() {
    }

    static void check(Reply reply) {
        withinLimits(reply);
        if (!reply.isEmpty()) {
            LineOpenApi.shared().ifPresent(spec -> assertThat(spec.violationsOfPush(JSON.document(
                    RENDERER.render(reply)))).as("the answer as LINE receives it, against LINE's OpenAPI").isEmpty());
        }
    }

    private static void withinLimits(Reply reply) {
        assertThat(reply.parts()).as("messages in one answer").hasSizeLessThanOrEqualTo(LineLimits.MESSAGES_PER_REQUEST);
        for (Reply.Part part : reply.parts()) {
            List<Reply.Choice> buttons = new ArrayList<>();
            if (part instanceof Reply.Text text) {
                assertThat(text.text().length()).as("text length").isLessThanOrEqualTo(LineLimits.TEXT_LENGTH);
            } else if (part instanceof Reply.Choices choices) {
                assertThat(choices.text().length()).as("text length").isLessThanOrEqualTo(LineLimits.TEXT_LENGTH);
                assertThat(choices.choices()).as("quick replies").hasSizeLessThanOrEqualTo(LineLimits.QUICK_REPLY_ITEMS);
                buttons.addAll(choices.choices());
            } else if (part instanceof Reply.Confirm confirm) {
                assertThat(confirm.text().length()).as("confirm text length")
                        .isLessThanOrEqualTo(LineLimits.CONFIRM_TEXT_LENGTH);
                buttons.add(confirm.yes());
                buttons.add(confirm.no());
            } else if (part instanceof Reply.Cards cards) {
                assertThat(cards.cards()).as("carousel").hasSizeLessThanOrEqualTo(LineLimits.CAROUSEL_BUBBLES);
                cards.cards().forEach(card -> buttons.addAll(card.buttons()));
            }
            for (Reply.Choice button : buttons) {
                assertThat(button.label().length()).as("label of " + button.label())
                        .isLessThanOrEqualTo(LineLimits.ACTION_LABEL_LENGTH);
                if (button.action() instanceof Reply.Action.Send send) {
                    assertThat(send.data().length()).as("postback data")
                            .isLessThanOrEqualTo(LineLimits.POSTBACK_DATA_LENGTH);
                }
            }
        }
    }
}
