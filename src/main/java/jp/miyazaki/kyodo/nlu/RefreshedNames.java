package jp.miyazaki.kyodo.nlu;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Names read from a store shared by every instance: at most once a second the store's version (raised by every write
 * on any instance) is compared, and the names are read again only when it moved, so parsing stays fast and a name
 * staff add anywhere is known here within about a second. The lists stay the same objects while the version holds
 * (the spotters rely on it).
 */
public final class RefreshedNames implements KnownNames {

    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private final LongSupplier version;
    private final Supplier<Map<NameKind, List<String>>> read;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), -1, Instant.MIN);

    public RefreshedNames(LongSupplier version, Supplier<Map<NameKind, List<String>>> read, Clock clock) {
        this.version = version;
        this.read = read;
        this.clock = clock;
    }

    @Override
    public List<String> named(NameKind kind) {
        return current().names().getOrDefault(kind, List.of());
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        Instant now = clock.instant();
        if (known.checkedAt().plus(CHECK_EVERY).isAfter(now)) {
            return known;
        }
        long current = version.getAsLong();
        Snapshot fresh = current == known.version() ? new Snapshot(known.names(), current, now)
                : new Snapshot(Map.copyOf(read.get()), current, now);
        snapshot = fresh;
        return fresh;
    }

    private record Snapshot(Map<NameKind, List<String>> names, long version, Instant checkedAt) {
    }
}
