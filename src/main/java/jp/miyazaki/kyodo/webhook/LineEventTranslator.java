package jp.miyazaki.kyodo.webhook;

import java.util.Locale;
import java.util.Optional;

import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.EventMode;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.LocationMessageContent;
import com.linecorp.bot.webhook.model.MessageContent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UnfollowEvent;
import com.linecorp.bot.webhook.model.UnknownEvent;
import com.linecorp.bot.webhook.model.UserSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.dialog.UserInput;

/**
 * Turns LINE's events into what the bot handles. Events of unknown types, from groups or rooms, and events in
 * {@code standby} mode (another channel answers) are skipped and logged; an unfollow is kept even in standby,
 * because it only records that the citizen left. A location message without a position on the earth (no latitude or
 * longitude, or out of range) is skipped too: there is nothing near it to answer with.
 */
@Component
class LineEventTranslator {

    private static final Logger log = LoggerFactory.getLogger(LineEventTranslator.class);

    Optional<InboundEvent> translate(Event event, long receivedAt) {
        if (event instanceof UnknownEvent) {
            log.info("skipped an event of a type this bot does not know");
            return Optional.empty();
        }
        if (!(event.source() instanceof UserSource source) || source.userId() == null) {
            log.info("skipped a {} not from a one-to-one chat", event.getClass().getSimpleName());
            return Optional.empty();
        }
        if (event.webhookEventId() == null || event.timestamp() == null) {
            log.warn("skipped a malformed {}: no webhookEventId or timestamp", event.getClass().getSimpleName());
            return Optional.empty();
        }
        Optional<UserInput> input = input(event);
        if (input.isEmpty()) {
            log.info("skipped a {} the bot does not act on", event.getClass().getSimpleName());
            return Optional.empty();
        }
        if (event.mode() == EventMode.STANDBY && !(input.get() instanceof UserInput.Unfollow)) {
            log.info("skipped a standby-mode {}", event.getClass().getSimpleName());
            return Optional.empty();
        }
        String replyToken = event instanceof MessageEvent message ? message.replyToken()
                : event instanceof PostbackEvent postback ? postback.replyToken()
                : event instanceof FollowEvent follow ? follow.replyToken()
                : null;
        return Optional.of(new InboundEvent(event.webhookEventId(), source.userId(), event.timestamp(),
                replyToken, input.get(), receivedAt));
    }

    private static Optional<UserInput> input(Event event) {
        if (event instanceof MessageEvent message) {
            return message(message.message());
        }
        if (event instanceof PostbackEvent postback && postback.postback() != null) {
            return Optional.of(new UserInput.Postback(postback.postback().data(), postback.postback().params()));
        }
        if (event instanceof FollowEvent) {
            return Optional.of(new UserInput.Follow());
        }
        if (event instanceof UnfollowEvent) {
            return Optional.of(new UserInput.Unfollow());
        }
        return Optional.empty();
    }

    private static Optional<UserInput> message(MessageContent content) {
        if (content instanceof TextMessageContent text && text.text() != null) {
            return Optional.of(new UserInput.Text(text.text()));
        }
        if (content instanceof LocationMessageContent location) {
            return location(location);
        }
        String kind = content == null ? "unknown" : content.getClass().getSimpleName()
                .replace("MessageContent", "").toLowerCase(Locale.ROOT);
        return Optional.of(new UserInput.Unreadable(kind));
    }

    private static Optional<UserInput> location(LocationMessageContent location) {
        if (location.latitude() == null || location.longitude() == null) {
            log.warn("skipped a location message without latitude or longitude");
            return Optional.empty();
        }
        try {
            return Optional.of(new UserInput.Location(location.latitude(), location.longitude(), location.address()));
        } catch (IllegalArgumentException e) {
            log.warn("skipped a location message outside the earth's latitude and longitude");
            return Optional.empty();
        }
    }
}
