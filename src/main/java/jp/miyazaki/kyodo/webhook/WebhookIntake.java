package jp.miyazaki.kyodo.webhook;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.linecorp.bot.webhook.model.Event;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Takes a verified batch of events: keeps the ones the bot acts on, drops those already seen, queues the rest
 * in the citizens' inboxes and wakes the dispatcher. Redis failures propagate, so the webhook answers 503 and LINE
 * delivers the batch again; events already queued from it are then recognised as duplicates.
 */
@Component
class WebhookIntake {

    private final LineEventTranslator translator;
    private final EventInbox inbox;
    private final EventDispatcher dispatcher;
    private final MeterRegistry meters;

    WebhookIntake(LineEventTranslator translator, EventInbox inbox, EventDispatcher dispatcher,
            MeterRegistry meters) {
        this.translator = translator;
        this.inbox = inbox;
        this.dispatcher = dispatcher;
        this.meters = meters;
    }

    void accept(List<Event> events) {
        long receivedAt = System.currentTimeMillis();
        meters.counter("kyodo.events.received").increment(events.size());
        List<InboundEvent> inbound = events.stream()
                .map(event -> translator.translate(event, receivedAt))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingLong(InboundEvent::timestamp))
                .toList();
        meters.counter("kyodo.events.skipped").increment(events.size() - inbound.size());
        for (int position = 0; position < inbound.size(); position++) {
            InboundEvent event = inbound.get(position);
            if (inbox.accept(event, position)) {
                dispatcher.schedule(event.userId());
            } else {
                meters.counter("kyodo.events.deduplicated").increment();
            }
        }
    }
}
