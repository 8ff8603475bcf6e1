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
 * every staff action that changes something; read by {@code GET /api/admin/audit} and the console's 操作履歴.
 * The action is a stable code ({@code opportunity.update}; the console names it in Japanese); an entry
 * may carry the target's name as staff know it and, for an edit, what changed ({@link AuditChanges}).
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
        record(action, new Target(target, null), detail, List.of());
    }

    /** Records an action by the signed-in staff member on a named target, with what it changed (may be empty). */
    public void record(String action, Target target, String detail, List<Change> changes) {
        record(signedIn(), action, target, detail, changes);
    }

    public void record(String actor, String action, String target, String detail) {
        record(actor, action, new Target(target, null), detail, List.of());
    }

    /** Records an action by {@code actor} on a named target, with what it changed (may be empty). */
    public void record(String actor, String action, Target target, String detail, List<Change> changes) {
        AuditEntry entry = new AuditEntry(Instant.now(clock), actor, action, target.id(), detail, target.name(),
                changes);
        redis.opsForList().leftPush(key, json.writeValueAsString(entry));
        redis.opsForList().trim(key, 0, kept - 1L);
    }

    /** The newest {@code limit} entries, newest first. */
    public List<AuditEntry> latest(int limit) {
        List<String> raw = Objects.requireNonNullElse(redis.opsForList().range(key, 0, limit - 1L), List.of());
        return raw.stream().map(line -> json.readValue(line, AuditEntry.class)).toList();
    }

    private static String signedIn() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null ? "system" : who.getName();
    }

    /** What an entry is about: its id and, where it has one, the name staff know it by (title, name). */
    public record Target(String id, String name) {

        private static final int NAMED_BY = 30;

        /** An item without a name (a notice) is named by how its text begins. */
        public static Target beginning(String id, String text) {
            return new Target(id, text == null ? null : cut(text.strip().lines().findFirst().orElse(""), NAMED_BY));
        }
    }

    /** A text kept to {@code longest} characters, 「…」 marking the cut. */
    static String cut(String text, int longest) {
        return text.codePointCount(0, text.length()) <= longest ? text
                : text.substring(0, text.offsetByCodePoints(0, longest)) + "…";
    }

    /** One field an edit changed, in staff's words: 「開始日時」 from 「12/5(土) 9:00」 to 「12/5(土) 9:30」. */
    public record Change(String field, String before, String after) {
    }

    /**
     * One change: when, by whom, what kind ({@code staff.create}, {@code broadcast.cancel}, …), on what (its id
     * and name), a short note in Japanese and, for an edit, the fields it changed. Entries written before names
     * and changes were recorded read back with a null name and no changes.
     */
    public record AuditEntry(Instant at, String actor, String action, String target, String detail,
            String targetName, List<Change> changes) {

        public AuditEntry {
            changes = changes == null ? List.of() : List.copyOf(changes);
        }

        /** The name staff know the target by, else its id (an account's username, an old entry's item). */
        public String targetShown() {
            return targetName == null || targetName.isBlank() ? target : targetName;
        }
    }
}
