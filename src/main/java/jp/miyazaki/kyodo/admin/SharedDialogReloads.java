package jp.miyazaki.kyodo.admin;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.dialog.flow.FlowRegistry;
import jp.miyazaki.kyodo.dialog.flow.FlowsReloaded;
import jp.miyazaki.kyodo.shared.RedisKeys;

/**
 * Carries a dialog reload to every instance: the instance whose files were applied raises the dialogs' version, one
 * key in Redis ({@code {p}dialogs:version}, so it works on Redis Cluster); every instance compares it about once a
 * second and, when it moved, reads its own dialogs folder again.
 */
@Component
class SharedDialogReloads {

    private static final Logger log = LoggerFactory.getLogger(SharedDialogReloads.class);

    private final FlowRegistry flows;
    private final StringRedisTemplate redis;
    private final String versionKey;
    /** The version last seen; empty before the first look. */
    private volatile String seen = "";

    SharedDialogReloads(FlowRegistry flows, StringRedisTemplate redis, RedisKeys keys) {
        this.flows = flows;
        this.redis = redis;
        this.versionKey = keys.key("dialogs", "version");
    }

    @EventListener
    void announce(FlowsReloaded reloaded) {
        if (reloaded.result().applied()) {
            seen = String.valueOf(redis.opsForValue().increment(versionKey));
        }
    }

    @Scheduled(initialDelayString = "${kyodo.dialog.reload-check:1s}", fixedDelayString = "${kyodo.dialog.reload-check:1s}")
    void followOthers() {
        String version;
        try {
            version = Objects.requireNonNullElse(redis.opsForValue().get(versionKey), "0");
        } catch (RuntimeException e) {
            log.debug("Cannot read the dialogs' version; trying again shortly", e);
            return;
        }
        String known = seen;
        seen = version;
        // The first look only learns the version: this instance read its files when it started.
        if (!known.isEmpty() && !version.equals(known)) {
            FlowRegistry.ReloadResult result = flows.reload();
            log.info("Another instance reloaded the dialogs; here {}", result.applied() ? "too" : "kept the old ones");
        }
    }
}
