package jp.miyazaki.kyodo.testsupport;

import java.util.List;

import jp.miyazaki.kyodo.dialog.Reply;

/** Finds the buttons of a bot's answer, so integration tests can tap them as a citizen would. */
public final class ReplyButtons {

    private ReplyButtons() {
    }

    /**
     * The postback data of the button labelled {@code label}: on the card titled {@code cardTitle}, or, without a
     * title, among the quick replies and on any card.
     */
    public static String postbackData(Reply reply, String cardTitle, String label) {
        for (Reply.Part part : reply.parts()) {
            List<Reply.Choice> choices = List.of();
            if (part instanceof Reply.Choices quick && cardTitle == null) {
                choices = quick.choices();
            } else if (part instanceof Reply.Cards cards) {
                choices = cards.cards().stream().filter(c -> cardTitle == null || c.title().equals(cardTitle))
                        .flatMap(c -> c.buttons().stream()).toList();
            }
            for (Reply.Choice choice : choices) {
                if (choice.label().equals(label) && choice.action() instanceof Reply.Action.Send send) {
                    return send.data();
                }
            }
        }
        throw new AssertionError("no button " + label + " in " + reply);
    }
}
