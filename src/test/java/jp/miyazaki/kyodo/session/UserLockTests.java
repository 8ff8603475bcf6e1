package jp.miyazaki.kyodo.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.testsupport.RedisClients;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;

class UserLockTests {

    private static final StringRedisTemplate REDIS = RedisClients.template(RedisTestServer.shared());
    private static final SessionProperties SHORT_LEASE = new SessionProperties(Duration.ofMinutes(30),
            Duration.ofMillis(500));

    /** Two lock objects on one Redis stand for two app instances. */
    private final UserLock instanceA = new UserLock(new Leases(REDIS), SHORT_LEASE,
            RedisClients.settings("lock-test:"));
    private final UserLock instanceB = new UserLock(new Leases(REDIS), SHORT_LEASE,
            RedisClients.settings("lock-test:"));

    @BeforeEach
    void clean() {
        REDIS.delete(REDIS.keys("lock-test:*"));
    }

    @Test
    void onlyOneInstanceHoldsACitizensLock() {
        Optional<Leases.Lease> first = instanceA.tryAcquire("U1");

        assertThat(first).isPresent();
        assertThat(instanceB.tryAcquire("U1")).isEmpty();
        assertThat(instanceB.tryAcquire("U2")).isPresent();

        first.get().close();
        assertThat(instanceB.tryAcquire("U1")).isPresent();
    }

    @Test
    void aLeaseLeftByACrashedHolderExpires() {
        assertThat(instanceA.tryAcquire("U1")).isPresent();

        await().atMost(Duration.ofSeconds(3)).until(() -> instanceB.tryAcquire("U1").isPresent());
    }

    @Test
    void aHolderWhoseLeaseExpiredCannotReleaseOrRenewTheNewHoldersLease() {
        Leases.Lease stale = instanceA.tryAcquire("U1").orElseThrow();
        await().atMost(Duration.ofSeconds(3)).until(() -> instanceB.tryAcquire("U1").isPresent());

        assertThat(stale.renew()).isFalse();
        stale.close();

        assertThat(instanceA.tryAcquire("U1")).as("B's lease survives A's late release").isEmpty();
    }

    @Test
    void renewingKeepsTheLease() throws InterruptedException {
        Leases.Lease lease = instanceA.tryAcquire("U1").orElseThrow();
        for (int i = 0; i < 4; i++) {
            Thread.sleep(250);
            assertThat(lease.renew()).isTrue();
        }

        assertThat(instanceB.tryAcquire("U1")).isEmpty();
    }
}
