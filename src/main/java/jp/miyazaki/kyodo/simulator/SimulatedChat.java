package jp.miyazaki.kyodo.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import com.linecorp.bot.messaging.model.Message;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.conversation.Conversation;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.UserInput;
import jp.miyazaki.kyodo.line.LineMessageRenderer;
import jp.miyazaki.kyodo.observability.Pseudonym;
import jp.miyazaki.kyodo.session.Leases;
import jp.miyazaki.kyodo.session.UserLock;
import jp.miyazaki.kyodo.shared.CityTime;

/**
 * Runs a simulated event the way a webhook event is run: under the citizen's lock, through the same
 * {@link Conversation} and {@link LineMessageRenderer}, stopping just before the LINE API call.
 */
@Component
class SimulatedChat {

    private static final Logger log = LoggerFactory.getLogger(SimulatedChat.class);
    private static final Duration RETRY_EVERY = Duration.ofMillis(25);

    private final UserLock locks;
    private final Conversation conversation;
    private final LineMessageRenderer renderer;
    private final SimulatorProperties properties;
    private final Clock clock;
    private final CitizenLanguage languages;

    SimulatedChat(UserLock locks, Conversation conversation, LineMessageRenderer renderer,
            SimulatorProperties properties, ObjectProvider<Clock> clock, CitizenLanguage languages) {
        this.languages = languages;
        this.locks = locks;
        this.conversation = conversation;
        this.renderer = renderer;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    List<Message> handle(String userId, UserInput input, Optional<String> profileLanguage) {
        long started = System.nanoTime();
        try (Leases.Lease lease = acquire(userId)) {
            profileLanguage.ifPresent(language -> languages.profileSays(userId, language, clock.instant()));
            // The app's clock, like every other part that tells the time, so a moved clock moves the chat too.
            Reply reply = conversation.respond(userId, input, ZonedDateTime.now(clock.withZone(CityTime.ZONE)));
            List<Message> messages = reply.isEmpty() ? List.of() : renderer.render(reply);
            log.info("simulated {} user={} messages={} ms={}", input.getClass().getSimpleName(),
                    Pseudonym.of(userId), messages.size(), (System.nanoTime() - started) / 1_000_000);
            return messages;
        }
    }

    /** Waits briefly for a webhook event of the same citizen to finish rather than interleaving with it. */
    private Leases.Lease acquire(String userId) {
        long deadline = System.nanoTime() + properties.lockWait().toNanos();
        while (true) {
            Optional<Leases.Lease> lease = locks.tryAcquire(userId);
            if (lease.isPresent()) {
                return lease.get();
            }
            if (System.nanoTime() >= deadline) {
                log.info("simulated event refused, user={} is busy", Pseudonym.of(userId));
                throw new SimulatorBusy();
            }
            try {
                Thread.sleep(RETRY_EVERY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SimulatorBusy();
            }
        }
    }
}
