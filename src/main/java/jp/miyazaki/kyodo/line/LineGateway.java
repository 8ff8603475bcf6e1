package jp.miyazaki.kyodo.line;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.MulticastRequest;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import com.linecorp.bot.messaging.model.ShowLoadingAnimationRequest;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.observability.Pseudonym;
import jp.miyazaki.kyodo.shared.LineLimits;

/**
 * Sends the bot's answers to LINE. A reply uses the event's reply token; when LINE says the token is invalid or
 * expired, the answer is pushed instead under an {@code X-Line-Retry-Key}. 5xx, timeouts and rate-limit 429s are
 * retried with exponential backoff and full jitter under the same key, so LINE delivers a push at most once (409
 * means it already did). Other 4xx and a spent monthly quota are not retried.
 */
@Component
public class LineGateway {

    private static final Logger log = LoggerFactory.getLogger(LineGateway.class);
    private static final int LOADING_SECONDS = 20;

    private final Optional<MessagingApiClient> client;
    private final LineMessageRenderer renderer;
    private final LineProperties properties;
    private final MeterRegistry meters;
    private final LocalOutbox localOutbox;

    public LineGateway(ObjectProvider<MessagingApiClient> client, LineMessageRenderer renderer,
            LineProperties properties, MeterRegistry meters, LocalOutbox localOutbox) {
        this.client = Optional.ofNullable(client.getIfAvailable());
        this.renderer = renderer;
        this.properties = properties;
        this.meters = meters;
        this.localOutbox = localOutbox;
    }

    /**
     * Answers with the reply token, falling back to a push under {@code retryKey} when the token no longer works.
     * The same {@code retryKey} for the same event makes the push idempotent even if the event is handled twice.
     */
    public Delivery reply(String userId, String replyToken, Reply reply, UUID retryKey) {
        if (reply.isEmpty()) {
            return Delivery.SENT;
        }
        if (client.isEmpty()) {
            return Delivery.NOT_SENT;
        }
        List<Message> messages = renderer.render(reply);
        if (replyToken == null) {
            return push(userId, messages, retryKey);
        }
        ReplyMessageRequest request = new ReplyMessageRequest(replyToken, messages, false);
        boolean mayHaveArrived = false;
        for (int attempt = 1; ; attempt++) {
            Optional<LineApiFailure> failure = call("reply", () -> client.get().replyMessage(request));
            if (failure.isEmpty()) {
                return Delivery.SENT;
            }
            switch (failure.get()) {
                case INVALID_REPLY_TOKEN -> {
                    if (mayHaveArrived) {
                        // An earlier attempt timed out after LINE took the token: pushing could say it twice.
                        log.warn("reply token refused after an ambiguous attempt; counted as delivered user={}",
                                Pseudonym.of(userId));
                        return Delivery.ALREADY_SENT;
                    }
                    return push(userId, messages, retryKey);
                }
                case RETRYABLE, AMBIGUOUS -> {
                    mayHaveArrived |= failure.get() == LineApiFailure.AMBIGUOUS;
                    if (attempt >= properties.retry().maxAttempts()) {
                        return mayHaveArrived ? Delivery.FAILED : push(userId, messages, retryKey);
                    }
                    backOff(attempt);
                }
                default -> {
                    log.warn("reply refused for good: {} user={}", failure.get(), Pseudonym.of(userId));
                    return Delivery.FAILED;
                }
            }
        }
    }

    /** Pushes an answer the citizen did not just ask for (a fallback, a notice, a staff answer). */
    public Delivery push(String userId, Reply reply, UUID retryKey) {
        if (reply.isEmpty()) {
            return Delivery.SENT;
        }
        if (client.isEmpty()) {
            // Local mode: kept for the simulator, which is where citizens read the bot there.
            localOutbox.keep(userId, renderer.render(reply));
            return Delivery.SENT;
        }
        return push(userId, renderer.render(reply), retryKey);
    }

    private Delivery push(String userId, List<Message> messages, UUID retryKey) {
        PushMessageRequest request = new PushMessageRequest(userId, messages, false, null);
        for (int attempt = 1; ; attempt++) {
            Optional<LineApiFailure> failure = call("push", () -> client.get().pushMessage(retryKey, request));
            if (failure.isEmpty()) {
                return Delivery.SENT;
            }
            if (failure.get() == LineApiFailure.ALREADY_ACCEPTED) {
                return Delivery.ALREADY_SENT;
            }
            if (!failure.get().retryable() || attempt >= properties.retry().maxAttempts()) {
                log.warn("push gave up after {} attempt(s): {} user={}", attempt, failure.get(),
                        Pseudonym.of(userId));
                return Delivery.FAILED;
            }
            backOff(attempt);
        }
    }

    /**
     * Sends one notice to up to {@value LineLimits#MULTICAST_RECIPIENTS} citizens under {@code retryKey}, with the
     * same retries as a push: a key LINE already accepted gives 409, counted as {@link Delivery#ALREADY_SENT}, so
     * re-sending a batch whose outcome is unknown cannot reach anyone twice. A spent monthly quota is reported as
     * {@link Delivery#OVER_QUOTA}, which retrying cannot fix.
     */
    public Delivery multicast(List<String> userIds, Reply reply, UUID retryKey) {
        if (userIds.size() > LineLimits.MULTICAST_RECIPIENTS) {
            throw new IllegalArgumentException("a multicast reaches at most " + LineLimits.MULTICAST_RECIPIENTS
                    + " users, not " + userIds.size());
        }
        if (reply.isEmpty() || userIds.isEmpty()) {
            return Delivery.SENT;
        }
        if (client.isEmpty()) {
            List<Message> messages = renderer.render(reply);
            userIds.forEach(userId -> localOutbox.keep(userId, messages));
            return Delivery.SENT;
        }
        MulticastRequest request = new MulticastRequest(renderer.render(reply), List.copyOf(userIds), false, null);
        for (int attempt = 1; ; attempt++) {
            Optional<LineApiFailure> failure = call("multicast", () -> client.get().multicast(retryKey, request));
            if (failure.isEmpty()) {
                return Delivery.SENT;
            }
            if (failure.get() == LineApiFailure.ALREADY_ACCEPTED) {
                return Delivery.ALREADY_SENT;
            }
            if (failure.get() == LineApiFailure.MONTHLY_QUOTA) {
                log.warn("multicast refused: this month's message quota is spent");
                return Delivery.OVER_QUOTA;
            }
            if (!failure.get().retryable() || attempt >= properties.retry().maxAttempts()
                    || Thread.currentThread().isInterrupted()) {
                log.warn("multicast gave up after {} attempt(s): {} recipients={}", attempt, failure.get(),
                        userIds.size());
                return Delivery.FAILED;
            }
            backOff(attempt);
        }
    }

    /**
     * The language the citizen set in LINE ({@code ja}, {@code en} …), read from their profile; empty when LINE is
     * not connected, the profile has no language or the call fails (the caller tries again another day).
     */
    public Optional<String> profileLanguage(String userId) {
        if (client.isEmpty()) {
            return Optional.empty();
        }
        long timeoutMillis = properties.connectTimeout().plus(properties.readTimeout()).toMillis() * 2;
        try {
            String language = client.get().getProfile(userId).get(timeoutMillis, TimeUnit.MILLISECONDS).body()
                    .language();
            meters.counter("kyodo.line.api.calls", "operation", "profile", "status", "200").increment();
            return Optional.ofNullable(language);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            meters.counter("kyodo.line.api.calls", "operation", "profile", "status", LineApiFailure.statusTag(e))
                    .increment();
            log.debug("LINE profile failed: {}", LineApiFailure.of(e));
            return Optional.empty();
        }
    }

    /**
     * Shows the "typing" animation in a one-to-one chat, without waiting for LINE: a failure only means the
     * citizen waits without it.
     */
    public void showLoading(String userId) {
        client.ifPresent(api -> api.showLoadingAnimation(new ShowLoadingAnimationRequest(userId, LOADING_SECONDS))
                .whenComplete((result, failure) -> meters.counter("kyodo.line.api.calls", "operation", "loading",
                        "status", failure == null ? "200" : LineApiFailure.statusTag(failure)).increment()));
    }

    private Optional<LineApiFailure> call(String operation, Supplier<CompletableFuture<?>> request) {
        long timeoutMillis = properties.connectTimeout().plus(properties.readTimeout()).toMillis() * 2;
        try {
            request.get().get(timeoutMillis, TimeUnit.MILLISECONDS);
            meters.counter("kyodo.line.api.calls", "operation", operation, "status", "200").increment();
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            meters.counter("kyodo.line.api.calls", "operation", operation, "status", "interrupted").increment();
            return Optional.of(LineApiFailure.FINAL);
        } catch (Exception e) {
            String status = LineApiFailure.statusTag(e);
            meters.counter("kyodo.line.api.calls", "operation", operation, "status", status).increment();
            LineApiFailure failure = LineApiFailure.of(e);
            log.debug("LINE {} failed with {}: {}", operation, status, failure);
            return Optional.of(failure);
        }
    }

    private void backOff(int attempt) {
        long ceiling = Math.min(properties.retry().maxBackoff().toMillis(),
                properties.retry().initialBackoff().toMillis() << Math.min(attempt - 1, 20));
        long pause = ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
