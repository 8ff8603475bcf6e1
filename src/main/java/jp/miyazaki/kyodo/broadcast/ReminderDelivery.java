package jp.miyazaki.kyodo.broadcast;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.citizen.FollowStatus;
import jp.miyazaki.kyodo.line.Delivery;
import jp.miyazaki.kyodo.line.LineGateway;
import jp.miyazaki.kyodo.session.RedisSettings;

/**
 * Pushes due reminders once, across instances. Every interval each instance tries to claim the run of the
 * current time slot in Redis; the one that gets it asks every {@link DueReminders} source for reminders due
 * in the look-back window. Each reminder is marked in Redis ({@code reminder:{id}}: pending, then sent or
 * skipped) before it is pushed under a retry key derived from its id, so a crash between push and mark
 * re-pushes with the same key and LINE answers 409. Non-urgent reminders due in quiet hours are left for the
 * first run after quiet hours end; citizens who unfollowed are skipped.
 */
@Component
public class ReminderDelivery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReminderDelivery.class);

    private final List<DueReminders> sources;
    private final LineGateway line;
    private final FollowStatus follows;
    private final QuietHours quietHours;
    private final RedisLease leases;
    private final StringRedisTemplate redis;
    private final ReminderProperties properties;
    private final Clock clock;
    private final String prefix;

    private volatile ScheduledExecutorService timer;

    public ReminderDelivery(ObjectProvider<DueReminders> sources, LineGateway line, FollowStatus follows,
            QuietHours quietHours, RedisLease leases, StringRedisTemplate redis, ReminderProperties properties,
            RedisSettings settings, ObjectProvider<Clock> clock) {
        this.sources = sources.orderedStream().toList();
        this.line = line;
        this.follows = follows;
        this.quietHours = quietHours;
        this.leases = leases;
        this.redis = redis;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.prefix = settings.keyPrefix() + "reminder:";
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kyodo-reminders");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.interval().toMillis();
        timer.scheduleWithFixedDelay(this::runOnce, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        timer.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return timer != null && !timer.isShutdown();
    }

    /**
     * Runs the current time slot if no instance has yet; returns how many reminders were pushed. Public so an
     * operator task or a test can trigger a run without waiting for the timer.
     */
    public int runOnce() {
        if (sources.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now(clock);
        long slot = now.toEpochMilli() / properties.interval().toMillis();
        Duration keep = properties.interval().multipliedBy(2).plusMinutes(1);
        try {
            if (!leases.claimRun("reminders", slot, keep)) {
                return 0;
            }
            int pushed = 0;
            for (DueReminders source : sources) {
                for (Reminder reminder : source.due(now.minus(properties.lookBack()), now)) {
                    if (deliver(reminder, now)) {
                        pushed++;
                    }
                }
            }
            if (pushed > 0) {
                log.info("pushed {} reminders", pushed);
            }
            return pushed;
        } catch (RuntimeException e) {
            log.warn("reminder run failed; the next run picks up what is left: {}", e.toString());
            return 0;
        }
    }

    /**
     * Pushes a reminder now, outside the timer, whatever its due time and the quiet hours: for a notice staff just
     * caused. It is marked and keyed as a timed one is, so a source offering it again later (say, after a crash
     * mid-push) neither loses it nor sends it twice. Returns whether LINE has it.
     */
    public boolean deliverNow(Reminder reminder) {
        return push(reminder) != Outcome.NOT_PUSHED;
    }

    private boolean deliver(Reminder reminder, Instant now) {
        if (reminder.dueAt().isAfter(now) || (!reminder.urgent() && quietHours.isQuiet(now))) {
            return false;
        }
        return push(reminder) == Outcome.PUSHED;
    }

    private Outcome push(Reminder reminder) {
        String key = prefix + reminder.id();
        Duration keep = properties.lookBack().multipliedBy(2);
        Boolean fresh = redis.opsForValue().setIfAbsent(key, "pending", keep);
        if (!Boolean.TRUE.equals(fresh)) {
            String state = redis.opsForValue().get(key);
            if ("sent".equals(state)) {
                return Outcome.PUSHED_BEFORE;
            }
            if (!"pending".equals(state)) {
                return Outcome.NOT_PUSHED;
            }
        }
        if (!follows.isActive(reminder.userId())) {
            redis.opsForValue().set(key, "skipped", keep);
            return Outcome.NOT_PUSHED;
        }
        UUID retryKey = UUID.nameUUIDFromBytes(("reminder:" + reminder.id()).getBytes(StandardCharsets.UTF_8));
        Delivery delivery = line.push(reminder.userId(), reminder.reply(), retryKey);
        boolean pushed = delivery == Delivery.SENT || delivery == Delivery.ALREADY_SENT;
        redis.opsForValue().set(key, pushed ? "sent" : "failed", keep);
        return delivery == Delivery.SENT ? Outcome.PUSHED : pushed ? Outcome.PUSHED_BEFORE : Outcome.NOT_PUSHED;
    }

    /** How one push ended: sent now, LINE had it already (or it was sent before), or it did not go out. */
    private enum Outcome {
        PUSHED, PUSHED_BEFORE, NOT_PUSHED
    }
}
