package jp.miyazaki.kyodo.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.session.RedisSettings;

/**
 * Who changed what, when, and to which target: a capped list in Redis ({@code audit}), newest first. Written by
 * every staff action that changes something; read by {@code GET /api/admin/audit}.
 */
@Component
public class AuditLog {

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final Clock clock;
    private final String key;
    private final int kept;

    public AuditLog(StringRedisTemplate redis, JsonMapper json, ObjectProvider<Clock> clock,
            RedisSettings settings, AdminProperties properties) {
        this.redis = redis;
        this.json = json;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.key = settings.keyPrefix() + "audit";
        this.kept = properties.auditKept();
    }

    /** Records an action by the signed-in staff member. */
    public void record(String action, String target, String detail) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        record(who == null ? "system" : who.getName(), action, target, detail);
    }

    public void record(String actor, String action, String target, String detail) {
        AuditEntry entry = new AuditEntry(Instant.now(clock), actor, action, target, detail);
        redis.opsForList().leftPush(key, json.writeValueAsString(entry));
        redis.opsForList().trim(key, 0, kept - 1L);
    }

    /** The newest {@code limit} entries, newest first. */
    public List<AuditEntry> latest(int limit) {
        List<String> raw = Objects.requireNonNullElse(redis.opsForList().range(key, 0, limit - 1L), List.of());
        return raw.stream().map(line -> json.readValue(line, AuditEntry.class)).toList();
    }

    /** One change: when, by whom, what kind ({@code staff.create}, {@code broadcast.cancel}, …), on what. */
    public record AuditEntry(Instant at, String actor, String action, String target, String detail) {
    }
}
