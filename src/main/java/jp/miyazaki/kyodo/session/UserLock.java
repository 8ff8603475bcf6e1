package jp.miyazaki.kyodo.session;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The lease on one citizen's conversation ({@code {prefix}lock:{userId}}), so two instances never handle the same
 * citizen's events at once.
 */
@Component
public class UserLock {

    private final Leases leases;
    private final SessionProperties properties;
    private final String prefix;

    public UserLock(Leases leases, SessionProperties properties, RedisSettings settings) {
        this.leases = leases;
        this.properties = properties;
        this.prefix = settings.keyPrefix() + "lock:";
    }

    /** Takes the citizen's lease if nobody holds it. */
    public Optional<Leases.Lease> tryAcquire(String userId) {
        return leases.tryAcquire(prefix + userId, properties.lockLease());
    }
}
