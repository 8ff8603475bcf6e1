package jp.miyazaki.kyodo.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.conversation.Conversation;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.line.Delivery;
import jp.miyazaki.kyodo.line.LineGateway;
import jp.miyazaki.kyodo.line.LineProperties;
import jp.miyazaki.kyodo.observability.Pseudonym;
import jp.miyazaki.kyodo.shared.CityTime;

/**
 * Handles one event: runs the conversation turn and sends the answer. When the answer takes longer than about a
 * second from receipt, LINE's loading animation tells the citizen the bot is working.
 */
@Component
class InboundEventHandler {

    private static final Logger log = LoggerFactory.getLogger(InboundEventHandler.class);
    private final Conversation conversation;
    private final LineGateway gateway;
    private final LineProperties lineProperties;
    private final MeterRegistry meters;

    InboundEventHandler(Conversation conversation, LineGateway gateway, LineProperties lineProperties,
            MeterRegistry meters) {
        this.conversation = conversation;
        this.gateway = gateway;
        this.lineProperties = lineProperties;
        this.meters = meters;
    }

    void handle(InboundEvent event, ScheduledExecutorService timer) {
        long delay = event.receivedAt() + lineProperties.loadingAnimationAfter().toMillis()
                - System.currentTimeMillis();
        ScheduledFuture<?> loading = event.replyToken() == null ? null
                : timer.schedule(() -> gateway.showLoading(event.userId()), Math.max(delay, 0),
                        TimeUnit.MILLISECONDS);
        try {
            ZonedDateTime at = Instant.ofEpochMilli(event.timestamp()).atZone(CityTime.ZONE);
            Reply reply = conversation.respond(event.userId(), event.input(), at);
            if (loading != null) {
                loading.cancel(false);
            }
            if (reply.isEmpty()) {
                meters.counter("kyodo.events.handled", "outcome", "silent").increment();
                return;
            }
            // Derived from the event id, so handling the same event twice can never push it twice.
            UUID retryKey = UUID.nameUUIDFromBytes(event.eventId().getBytes(StandardCharsets.UTF_8));
            Delivery delivery = gateway.reply(event.userId(), event.replyToken(), reply, retryKey);
            meters.counter("kyodo.events.handled", "outcome", delivery == Delivery.FAILED ? "failed" : "answered")
                    .increment();
            log.info("answered {} user={} delivery={} ms={}", event.input().getClass().getSimpleName(),
                    Pseudonym.of(event.userId()), delivery, System.currentTimeMillis() - event.receivedAt());
        } finally {
            if (loading != null) {
                loading.cancel(false);
            }
        }
    }
}
