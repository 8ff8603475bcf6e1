package jp.miyazaki.kyodo.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.citizen.FollowStatus;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.line.Delivery;
import jp.miyazaki.kyodo.line.LineGateway;
import jp.miyazaki.kyodo.session.Leases;

/**
 * Sends broadcast jobs. Every instance looks for due, unfinished jobs (at start-up and every poll interval) and
 * takes a Redis lease on a job before touching it, so a job runs on one instance at a time. Starting a job
 * resolves its recipients once and stores the batches with their retry keys — a notice with an English text in
 * separate batches for the citizens who read English ({@link NoticeReaders}) — then each pending batch leaves out
 * citizens who have unfollowed, is multicast in its language under its stored key, paced by
 * {@link MulticastPacing}, and is settled in Redis. The follow check is done batch by batch while earlier batches
 * wait for their turn, so it adds nothing to the time a broadcast takes. A batch whose outcome is unknown (the
 * instance stopped or crashed while it was in flight) stays pending and is sent again with the same key by whoever resumes the job; LINE answers 409 if it had arrived,
 * which counts as sent — so each recipient gets the notice exactly once.
 */
@Component
public class BroadcastDelivery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BroadcastDelivery.class);
    private static final int JOBS_AT_ONCE = 2;

    private final BroadcastJobs jobs;
    private final ObjectProvider<Audience> audience;
    private final ObjectProvider<OpportunityCards> cards;
    private final FollowStatus follows;
    private final NoticeReaders readers;
    private final LineGateway line;
    private final MulticastPacing pacing;
    private final RedisLease leases;
    private final BroadcastProperties properties;
    private final Clock clock;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean stopping = new AtomicBoolean();

    private volatile ScheduledExecutorService timer;
    private volatile ExecutorService jobRunners;
    private volatile ExecutorService senders;

    public BroadcastDelivery(BroadcastJobs jobs, ObjectProvider<Audience> audience,
            ObjectProvider<OpportunityCards> cards, FollowStatus follows, NoticeReaders readers, LineGateway line,
            MulticastPacing pacing, RedisLease leases, BroadcastProperties properties, ObjectProvider<Clock> clock) {
        this.jobs = jobs;
        this.audience = audience;
        this.cards = cards;
        this.follows = follows;
        this.readers = readers;
        this.line = line;
        this.pacing = pacing;
        this.leases = leases;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void start() {
        stopping.set(false);
        timer = Executors.newScheduledThreadPool(1, named("kyodo-broadcast-timer-"));
        jobRunners = Executors.newFixedThreadPool(JOBS_AT_ONCE, named("kyodo-broadcast-job-"));
        senders = Executors.newFixedThreadPool(properties.parallelRequests(), named("kyodo-broadcast-send-"));
        long every = properties.pollInterval().toMillis();
        timer.scheduleWithFixedDelay(this::poll, 0, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        stopping.set(true);
        timer.shutdownNow();
        jobRunners.shutdownNow();
        senders.shutdownNow();
        try {
            senders.awaitTermination(5, TimeUnit.SECONDS);
            jobRunners.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null && !timer.isShutdown();
    }

    /** Looks for due jobs now rather than at the next poll, e.g. right after one was created. */
    public void wake() {
        ScheduledExecutorService current = timer;
        if (current != null && !current.isShutdown()) {
            current.execute(this::poll);
        }
    }

    private void poll() {
        try {
            for (String id : jobs.dueBy(Instant.now(clock), 20)) {
                if (running.size() >= JOBS_AT_ONCE || running.contains(id)) {
                    continue;
                }
                Optional<Leases.Lease> lease = leases.tryAcquire("broadcast:" + id, properties.lockLease());
                if (lease.isPresent() && running.add(id)) {
                    jobRunners.execute(() -> run(id, lease.get()));
                }
            }
        } catch (RuntimeException e) {
            log.warn("looking for due broadcasts failed: {}", e.toString());
        }
    }

    private void run(String id, Leases.Lease lease) {
        AtomicBoolean leaseLost = new AtomicBoolean();
        long renewEvery = Math.max(100, properties.lockLease().toMillis() / 3);
        ScheduledFuture<?> renewal = timer.scheduleAtFixedRate(() -> leaseLost.compareAndSet(false, !lease.renew()),
                renewEvery, renewEvery, TimeUnit.MILLISECONDS);
        try {
            Optional<Broadcast> job = jobs.find(id);
            if (job.isEmpty() || job.get().status().finished()) {
                return;
            }
            if (job.get().status() == BroadcastStatus.SCHEDULED && !begin(job.get())) {
                return;
            }
            send(jobs.find(id).orElseThrow(), leaseLost);
        } catch (InterruptedException e) {
            log.info("broadcast {} stopped with the app; its unsettled batches are resumed under their keys", id);
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("broadcast {} paused after an error; it is resumed at the next poll: {}", id, e.toString());
        } finally {
            renewal.cancel(false);
            running.remove(id);
            if (!stopping.get()) {
                lease.close();
            }
        }
    }

    /** Resolves the recipients once and stores the batches; false when the job cannot or need not go on. */
    private boolean begin(Broadcast job) {
        Instant now = Instant.now(clock);
        if (job.dueAt().isAfter(now)) {
            return false;
        }
        Audience recipients = audience.getIfAvailable();
        if (recipients == null) {
            jobs.finish(job.id(), BroadcastStatus.FAILED, "no audience: subscriptions are not wired into the app",
                    now);
            return false;
        }
        long resolving = System.nanoTime();
        List<String> segment = List.copyOf(new LinkedHashSet<>(recipients.recipients(job.segment())));
        long resolved = System.nanoTime();
        Map<String, List<String>> byText = job.englishText() == null ? Map.of(CitizenLanguage.JAPANESE, segment)
                : readers.byText(segment);
        List<BroadcastJobs.Addressed> batches = new ArrayList<>();
        byText.forEach((language, readersOfText) -> {
            for (int from = 0; from < readersOfText.size(); from += properties.batchSize()) {
                batches.add(new BroadcastJobs.Addressed(language, readersOfText.subList(from,
                        Math.min(readersOfText.size(), from + properties.batchSize()))));
            }
        });
        boolean started = jobs.start(job.id(), batches, now);
        if (started) {
            log.info("broadcast {} sending to a segment of {} in {} batches; audience {} ms, batches stored {} ms",
                    job.id(), segment.size(), batches.size(), (resolved - resolving) / 1_000_000,
                    (System.nanoTime() - resolved) / 1_000_000);
        }
        return started;
    }

    private void send(Broadcast job, AtomicBoolean leaseLost) throws InterruptedException {
        Reply japanese = notice(job, job.text());
        Reply english = job.englishText() == null ? japanese : notice(job, job.englishText());
        List<BroadcastJobs.Batch> pending = jobs.pendingBatches(job.id(), job.batches());
        AtomicBoolean overQuota = new AtomicBoolean();
        AtomicInteger sentBatches = new AtomicInteger();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (BroadcastJobs.Batch batch : pending) {
            tasks.add(() -> {
                if (overQuota.get() || leaseLost.get() || stopping.get()
                        || jobs.status(job.id()) != BroadcastStatus.SENDING) {
                    return null;
                }
                // A batch resumed after a crash may lose more citizens here; its retry key still makes LINE answer 409
                // if the first attempt had arrived.
                List<String> active = follows.activeAmong(batch.userIds());
                if (active.isEmpty()) {
                    jobs.failed(job.id(), batch, 0);
                    return null;
                }
                pacing.awaitTurn();
                Reply notice = CitizenLanguage.ENGLISH.equals(batch.language()) ? english : japanese;
                Delivery delivery = line.multicast(active, notice, batch.retryKey());
                if (Thread.currentThread().isInterrupted() || stopping.get()) {
                    // Whether LINE got it is unknown: the batch stays pending and is re-sent under the same key.
                    return null;
                }
                settle(job.id(), batch, active.size(), delivery, overQuota);
                sentBatches.incrementAndGet();
                return null;
            });
        }
        senders.invokeAll(tasks);
        if (stopping.get() || leaseLost.get() || Thread.currentThread().isInterrupted()) {
            log.info("broadcast {} paused after {} batches; it is resumed later", job.id(), sentBatches.get());
            return;
        }
        finish(job, overQuota.get());
    }

    private void settle(String id, BroadcastJobs.Batch batch, int reached, Delivery delivery,
            AtomicBoolean overQuota) {
        if (delivery == Delivery.SENT || delivery == Delivery.ALREADY_SENT) {
            jobs.sent(id, batch, reached);
            return;
        }
        if (delivery == Delivery.OVER_QUOTA) {
            overQuota.set(true);
        }
        jobs.failed(id, batch, reached);
    }

    private void finish(Broadcast job, boolean overQuota) {
        Instant now = Instant.now(clock);
        if (jobs.status(job.id()) != BroadcastStatus.SENDING) {
            return;
        }
        if (overQuota) {
            jobs.pendingBatches(job.id(), job.batches())
                    .forEach(batch -> jobs.failed(job.id(), batch, batch.userIds().size()));
            Broadcast settled = jobs.find(job.id()).orElseThrow();
            String reason = "LINE's monthly message quota is spent; " + settled.failed() + " of " + settled.recipients() + " recipients were not reached";
            jobs.finish(job.id(), BroadcastStatus.FAILED, reason, now);
            log.warn("broadcast {} failed: {}", job.id(), reason);
            return;
        }
        if (!jobs.pendingBatches(job.id(), job.batches()).isEmpty()) {
            return;
        }
        Broadcast settled = jobs.find(job.id()).orElseThrow();
        if (settled.failed() > 0 && settled.sent() == 0) {
            jobs.finish(job.id(), BroadcastStatus.FAILED, "LINE refused every batch", now);
        } else {
            jobs.finish(job.id(), BroadcastStatus.DONE,
                    settled.failed() > 0 ? settled.failed() + " recipients were not reached" : null, now);
        }
        log.info("broadcast {} finished: sent={} failed={} skipped={}", job.id(), settled.sent(), settled.failed(),
                settled.skipped());
    }

    private Reply notice(Broadcast job, String text) {
        List<Reply.Part> parts = new ArrayList<>();
        parts.add(new Reply.Text(text));
        if (job.opportunityId() != null) {
            OpportunityCards catalog = cards.getIfAvailable();
            if (catalog != null) {
                catalog.card(job.opportunityId()).ifPresent(parts::add);
            }
        }
        return new Reply(parts);
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
