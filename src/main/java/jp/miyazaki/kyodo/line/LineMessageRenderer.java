package jp.miyazaki.kyodo.line;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.ConfirmTemplate;
import com.linecorp.bot.messaging.model.DatetimePickerAction;
import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexButton;
import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.LocationAction;
import com.linecorp.bot.messaging.model.LocationMessage;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TemplateMessage;
import com.linecorp.bot.messaging.model.TextMessage;
import com.linecorp.bot.messaging.model.URIAction;

import okhttp3.HttpUrl;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.shared.LineLimits;

/**
 * Renders the bot's {@link Reply} as LINE message objects, the only place that builds them, and holds every
 * message to {@link LineLimits}: long text is cut, extra items are dropped, and a button whose data would not fit
 * is left out rather than sent broken. What was cut is logged (never the text itself).
 */
@Component
public class LineMessageRenderer {

    private static final Logger log = LoggerFactory.getLogger(LineMessageRenderer.class);

    public List<Message> render(Reply reply) {
        List<Reply.Part> parts = reply.parts();
        if (parts.size() > LineLimits.MESSAGES_PER_REQUEST) {
            log.warn("reply has {} parts, LINE takes {}: the rest is dropped", parts.size(),
                    LineLimits.MESSAGES_PER_REQUEST);
            parts = parts.subList(0, LineLimits.MESSAGES_PER_REQUEST);
        }
        List<Message> messages = new ArrayList<>(parts.size());
        for (Reply.Part part : parts) {
            messages.add(render(part));
        }
        return messages;
    }

    private Message render(Reply.Part part) {
        if (part instanceof Reply.Text text) {
            return new TextMessage(LineLimits.cut(text.text(), LineLimits.TEXT_LENGTH));
        }
        if (part instanceof Reply.Choices choices) {
            return new TextMessage(quickReply(choices.choices()), null,
                    LineLimits.cut(choices.text(), LineLimits.TEXT_LENGTH), null, null);
        }
        if (part instanceof Reply.Confirm confirm) {
            return confirm(confirm);
        }
        if (part instanceof Reply.Place place) {
            String title = LineLimits.cut(place.title(), LineLimits.LOCATION_TITLE_LENGTH);
            // LINE requires an address; a place staff gave none for is shown by its name.
            String address = place.address() == null || place.address().isBlank() ? title
                    : LineLimits.cut(place.address(), LineLimits.LOCATION_ADDRESS_LENGTH);
            return new LocationMessage(title, address, place.latitude(), place.longitude());
        }
        return carousel((Reply.Cards) part);
    }

    private QuickReply quickReply(List<Reply.Choice> choices) {
        List<QuickReplyItem> items = new ArrayList<>();
        for (Reply.Choice choice : choices) {
            if (items.size() == LineLimits.QUICK_REPLY_ITEMS) {
                log.warn("quick reply has {} items, LINE takes {}: the rest is dropped", choices.size(),
                        LineLimits.QUICK_REPLY_ITEMS);
                break;
            }
            if (choice.action() instanceof Reply.Action.ShareLocation) {
                items.add(new QuickReplyItem(new LocationAction(
                        LineLimits.cut(choice.label(), LineLimits.ACTION_LABEL_LENGTH))));
            } else {
                action(choice).ifPresent(action -> items.add(new QuickReplyItem(action)));
            }
        }
        return items.isEmpty() ? null : new QuickReply(items);
    }

    private Message confirm(Reply.Confirm confirm) {
        String text = LineLimits.cut(confirm.text(), LineLimits.CONFIRM_TEXT_LENGTH);
        List<Action> actions = new ArrayList<>(2);
        action(confirm.yes()).ifPresent(actions::add);
        action(confirm.no()).ifPresent(actions::add);
        if (actions.size() != 2) {
            // A confirm template needs exactly two buttons; without them the question still reaches the citizen.
            return new TextMessage(text);
        }
        return new TemplateMessage(LineLimits.cut(confirm.text(), LineLimits.ALT_TEXT_LENGTH),
                new ConfirmTemplate(text, actions));
    }

    private Message carousel(Reply.Cards cards) {
        List<Reply.Card> shown = cards.cards();
        if (shown.size() > LineLimits.CAROUSEL_BUBBLES) {
            log.warn("carousel has {} cards, LINE takes {}: the rest is dropped", shown.size(),
                    LineLimits.CAROUSEL_BUBBLES);
            shown = shown.subList(0, LineLimits.CAROUSEL_BUBBLES);
        }
        List<FlexBubble> bubbles = shown.stream().map(this::bubble).toList();
        return new FlexMessage(LineLimits.cut(cards.altText(), LineLimits.ALT_TEXT_LENGTH),
                new FlexCarousel.Builder(bubbles).build());
    }

    private FlexBubble bubble(Reply.Card card) {
        List<FlexComponent> body = List.of(
                new FlexText.Builder().text(card.title()).weight(FlexText.Weight.BOLD).size("md").wrap(true)
                        .build(),
                new FlexText.Builder().text(card.body()).size("sm").color("#555555").wrap(true).margin("md")
                        .build());
        FlexBubble.Builder bubble = new FlexBubble.Builder()
                .body(new FlexBox.Builder(FlexBox.Layout.VERTICAL, body).build());
        List<FlexComponent> buttons = new ArrayList<>();
        for (Reply.Choice choice : card.buttons()) {
            action(choice).ifPresent(action -> buttons.add(new FlexButton.Builder(action)
                    .style(buttons.isEmpty() ? FlexButton.Style.SECONDARY : FlexButton.Style.PRIMARY)
                    .height(FlexButton.Height.SM).build()));
        }
        if (!buttons.isEmpty()) {
            bubble.footer(new FlexBox.Builder(FlexBox.Layout.HORIZONTAL, buttons).spacing("sm").build());
        }
        return bubble.size(FlexBubble.Size.KILO).build();
    }

    private Optional<Action> action(Reply.Choice choice) {
        String label = LineLimits.cut(choice.label(), LineLimits.ACTION_LABEL_LENGTH);
        Reply.Action action = choice.action();
        if (action instanceof Reply.Action.Say say) {
            return Optional.of(
                    new MessageAction(label, LineLimits.cut(say.text(), LineLimits.MESSAGE_ACTION_TEXT_LENGTH)));
        }
        if (action instanceof Reply.Action.Send send) {
            return fits(send.data(), LineLimits.POSTBACK_DATA_LENGTH)
                    .map(data -> new PostbackAction(label, data,
                            LineLimits.cut(send.displayText(), LineLimits.DISPLAY_TEXT_LENGTH), null, null, null));
        }
        if (action instanceof Reply.Action.PickDate pick) {
            return fits(pick.data(), LineLimits.POSTBACK_DATA_LENGTH)
                    .map(data -> new DatetimePickerAction(label, data,
                            DatetimePickerAction.Mode.valueOf(pick.mode().name()), null, null, null));
        }
        if (action instanceof Reply.Action.ShareLocation) {
            log.warn("a location button outside a quick reply: LINE takes it in quick replies only, it is left out");
            return Optional.empty();
        }
        Reply.Action.Open open = (Reply.Action.Open) action;
        return web(open.uri()).flatMap(uri -> fits(uri, LineLimits.URI_LENGTH))
                .map(uri -> new URIAction(label, URI.create(uri), null));
    }

    /**
     * The address as LINE takes it: a web address staff pasted as a browser shows it (日本語 paths, a query with
     * {@code <>}) percent-encoded by OkHttp; any other address only when it is already a valid URI.
     */
    private static Optional<String> web(String address) {
        HttpUrl url = HttpUrl.parse(address);
        if (url != null) {
            return Optional.of(url.uri().toASCIIString());
        }
        try {
            return Optional.of(URI.create(address).toASCIIString());
        } catch (IllegalArgumentException e) {
            log.warn("a button's address is not a valid URI: the button is left out");
            return Optional.empty();
        }
    }

    private static Optional<String> fits(String value, int limit) {
        if (value.length() > limit) {
            log.warn("a button's data has {} characters, LINE takes {}: the button is left out", value.length(),
                    limit);
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
