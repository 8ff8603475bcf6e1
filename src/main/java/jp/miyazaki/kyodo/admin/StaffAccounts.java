package jp.miyazaki.kyodo.admin;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.session.RedisSettings;

/**
 * Staff accounts in Redis: one hash per account ({@code {staff}:username}) and a set of all usernames
 * ({@code {staff}:index}). Passwords are hashed with the delegating encoder (bcrypt today, upgradable later). An
 * account stored without a department belongs to the default department.
 */
@Component
public class StaffAccounts implements UserDetailsService {

    /** Writes the account and lists it in one step, only if the username is free. */
    private static final RedisScript<Long> CREATE = RedisScript.of("""
            if redis.call('exists', KEYS[1]) == 1 then return 0 end
            redis.call('hset', KEYS[1], 'passwordHash', ARGV[2], 'role', ARGV[3], 'createdAt', ARGV[4],
                'createdBy', ARGV[5], 'department', ARGV[6])
            redis.call('sadd', KEYS[2], ARGV[1])
            return 1
            """, Long.class);

    /**
     * Changes one field of an existing account only (department, role), so a concurrent delete leaves no half
     * account behind.
     */
    private static final RedisScript<Long> CHANGE = RedisScript.of("""
            if redis.call('exists', KEYS[1]) == 0 then return 0 end
            redis.call('hset', KEYS[1], ARGV[1], ARGV[2])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final PasswordEncoder passwords;
    private final Departments departments;
    private final String prefix;
    private final String index;

    public StaffAccounts(StringRedisTemplate redis, PasswordEncoder passwords, Departments departments,
            RedisSettings settings) {
        this.redis = redis;
        this.passwords = passwords;
        this.departments = departments;
        // One hash tag for every account and the index, so creating one (a script over both) runs on Redis Cluster.
        this.prefix = settings.keyPrefix() + "{staff}:";
        this.index = settings.keyPrefix() + "{staff}:index";
    }

    /** Creates an account of the default department unless the username is taken; false when it was. */
    public boolean create(String username, String rawPassword, StaffRole role, String createdBy, Instant at) {
        return create(username, rawPassword, role, null, createdBy, at);
    }

    /** Creates the account in {@code department} (null: the default) unless the username is taken. */
    public boolean create(String username, String rawPassword, StaffRole role, String department, String createdBy,
            Instant at) {
        Long created = redis.execute(CREATE, List.of(prefix + username, index), username,
                passwords.encode(rawPassword), role.id(), at.toString(), createdBy, departments.of(department));
        return created != null && created == 1L;
    }

    /** Moves an existing account to another department; false when there is no such account. */
    public boolean moveTo(String username, String department) {
        Long moved = redis.execute(CHANGE, List.of(prefix + username), "department", departments.of(department));
        return moved != null && moved == 1L;
    }

    /** Gives an existing account another role; false when there is no such account. */
    public boolean changeRole(String username, StaffRole role) {
        Long changed = redis.execute(CHANGE, List.of(prefix + username), "role", role.id());
        return changed != null && changed == 1L;
    }

    /** The department a staff member works in; the default for an unknown name (the system, a removed account). */
    public String departmentOf(String username) {
        return find(username).map(StaffAccount::department).orElseGet(departments::defaultName);
    }

    public boolean delete(String username) {
        redis.delete(prefix + username);
        return Objects.requireNonNullElse(redis.opsForSet().remove(index, username), 0L) > 0;
    }

    public Optional<StaffAccount> find(String username) {
        Map<Object, Object> fields = redis.opsForHash().entries(prefix + username);
        if (fields.isEmpty() || !(fields.get("role") instanceof String role)) {
            return Optional.empty();
        }
        return StaffRole.of(role).map(known -> new StaffAccount(username, (String) fields.get("passwordHash"),
                known, Instant.parse((String) fields.get("createdAt")), (String) fields.get("createdBy"),
                departments.of((String) fields.get("department"))));
    }

    public List<StaffAccount> all() {
        Set<String> names = Objects.requireNonNullElse(redis.opsForSet().members(index), Set.of());
        return names.stream().map(this::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(StaffAccount::username)).toList();
    }

    public boolean anyAdmin() {
        return all().stream().anyMatch(account -> account.role() == StaffRole.ADMIN);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = find(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such staff account"));
        return User.withUsername(account.username()).password(account.passwordHash())
                .authorities(account.role().authority()).build();
    }
}
