package jp.miyazaki.kyodo.webhook;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.observability.Pseudonym;
import jp.miyazaki.kyodo.session.Leases;
import jp.miyazaki.kyodo.session.UserLock;

/**
 * Works through citizens' inboxes on a bounded pool. A citizen's inbox is drained by whoever holds that
 * citizen's lock (on any instance), oldest event first, so one citizen's events are handled one at a time and in
 * order, while different citizens are handled in parallel. A sweeper picks up inboxes that a crashed instance or
 * a full queue left behind.
 */
@Component
class EventDispatcher implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final EventInbox inbox;
    private final UserLock locks;
    private final InboundEventHandler handler;
    private final WebhookProperties properties;
    private final MeterRegistry meters;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService timer;
    private final Set<String> scheduled = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> sweeping;

    EventDispatcher(EventInbox inbox, UserLock locks, InboundEventHandler handler, WebhookProperties properties,
            MeterRegistry meters) {
        this.inbox = inbox;
        this.locks = locks;
        this.handler = handler;
        this.properties = properties;
        this.meters = meters;
        this.workers = new ThreadPoolExecutor(properties.workers(), properties.workers(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(properties.queueCapacity()), named("kyodo-event-"));
        this.timer = Executors.newScheduledThreadPool(1, named("kyodo-event-timer-"));
    }

    /** Asks for the citizen's inbox to be drained after the ordering window. */
    void schedule(String userId) {
        if (scheduled.add(userId)) {
            try {
                timer.schedule(() -> submit(userId), properties.orderingWindow().toMillis(),
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                scheduled.remove(userId);
            }
        }
    }

    private void submit(String userId) {
        try {
            workers.execute(() -> drain(userId));
        } catch (RejectedExecutionException e) {
            scheduled.remove(userId);
            meters.counter("kyodo.events.deferred").increment();
            log.warn("all workers busy; user={} is left to the sweeper", Pseudonym.of(userId));
        }
    }

    private void drain(String userId) {
        scheduled.remove(userId);
        try {
            Optional<Leases.Lease> lease = locks.tryAcquire(userId);
            if (lease.isEmpty()) {
                // The holder looks at the inbox again after releasing, so this event is not left behind.
                return;
            }
            try (Leases.Lease held = lease.get()) {
                Optional<EventInbox.Waiting> next;
                while ((next = inbox.oldest(userId)).isPresent()) {
                    handleSafely(next.get());
                    inbox.remove(next.get());
                    if (!held.renew()) {
                        log.warn("lost the lock of user={} mid-inbox; another instance continues",
                                Pseudonym.of(userId));
                        return;
                    }
                }
            }
            if (inbox.stillWaiting(userId)) {
                schedule(userId);
            }
        } catch (DataAccessException e) {
            log.warn("Redis failed while draining user={}; the sweeper retries: {}", Pseudonym.of(userId),
                    e.getClass().getSimpleName());
        }
    }

    private void handleSafely(EventInbox.Waiting waiting) {
        try {
            handler.handle(waiting.event(), timer);
        } catch (DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            // A bug must not block the citizen's inbox for ever: the event is dropped, counted and logged.
            meters.counter("kyodo.events.handled", "outcome", "error").increment();
            log.error("handling an event of user={} failed", Pseudonym.of(waiting.event().userId()), e);
        }
    }

    private void sweep() {
        try {
            for (String userId : inbox.citizensWaiting()) {
                schedule(userId);
            }
        } catch (DataAccessException e) {
            log.debug("sweep skipped, Redis unavailable: {}", e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            log.error("sweep failed", e);
        }
    }

    /** Sweeps while the application runs; started after, and stopped before, the Redis connection. */
    @Override
    public synchronized void start() {
        if (sweeping == null) {
            long every = properties.sweepInterval().toMillis();
            sweeping = timer.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (sweeping != null) {
            sweeping.cancel(false);
            sweeping = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return sweeping != null;
    }

    @Override
    public void destroy() throws InterruptedException {
        timer.shutdownNow();
        workers.shutdown();
        if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
