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
 * account stored without a department belongs to the default department. Accounts of the city's identity provider
 * ({@code source} {@code oidc}) have no password; a local account's TOTP secret ({@code totpSecret}) is read only
 * to check a code and never leaves this class but to the enrolment that made it. Whether every local account must
 * use TOTP is {@code {staff}:settings}.
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

    /**
     * Writes an identity provider's account with the role and department it was signed in with, unless a local
     * account has the username (0): the provider never takes over a local account.
     */
    private static final RedisScript<Long> PROVISION = RedisScript.of("""
            if redis.call('exists', KEYS[1]) == 1 and redis.call('hget', KEYS[1], 'source') ~= 'oidc' then
                return 0
            end
            redis.call('hsetnx', KEYS[1], 'createdAt', ARGV[4])
            redis.call('hset', KEYS[1], 'source', 'oidc', 'role', ARGV[2], 'department', ARGV[3],
                'createdBy', 'oidc')
            redis.call('sadd', KEYS[2], ARGV[1])
            return 1
            """, Long.class);

    /** Remembers the time step of an accepted code, refusing (0) one not newer than the last: no code twice. */
    private static final RedisScript<Long> SPEND_STEP = RedisScript.of("""
            local last = tonumber(redis.call('hget', KEYS[1], 'totpLastStep') or '-1')
            if tonumber(ARGV[1]) <= last then return 0 end
            redis.call('hset', KEYS[1], 'totpLastStep', ARGV[1])
            return 1
            """, Long.class);

    private static final String FROM_IDENTITY_PROVIDER = "oidc";

    private final StringRedisTemplate redis;
    private final PasswordEncoder passwords;
    private final Departments departments;
    private final String prefix;
    private final String index;
    private final String settingsKey;

    public StaffAccounts(StringRedisTemplate redis, PasswordEncoder passwords, Departments departments,
            RedisSettings settings) {
        this.redis = redis;
        this.passwords = passwords;
        this.departments = departments;
        // One hash tag for every account and the index, so creating one (a script over both) runs on Redis Cluster.
        this.prefix = settings.keyPrefix() + "{staff}:";
        this.index = settings.keyPrefix() + "{staff}:index";
        this.settingsKey = settings.keyPrefix() + "{staff}:settings";
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

    /**
     * Writes the account of someone the city's identity provider signed in, with the role and department it gave
     * them this time; false when a local account has the username.
     */
    public boolean provision(String username, StaffRole role, String department, Instant at) {
        Long written = redis.execute(PROVISION, List.of(prefix + username, index), username, role.id(),
                departments.of(department), at.toString());
        return written != null && written == 1L;
    }

    /**
     * Stores a TOTP secret a local account confirmed with the code of {@code step} (spent, so it cannot sign in
     * again); false when there is no such local account.
     */
    boolean enrolTotp(String username, String secret, long step) {
        if (!isLocal(username)) {
            return false;
        }
        redis.opsForHash().putAll(prefix + username, Map.of("totpSecret", secret, "totpLastStep", Long.toString(step)));
        return true;
    }

    /** Forgets a local account's TOTP secret (a lost phone): it enrols again at its next sign-in if required. */
    boolean resetTotp(String username) {
        return redis.opsForHash().delete(prefix + username, "totpSecret", "totpLastStep") > 0;
    }

    /** Whether a local account must use TOTP even before it enrolled; false when there is no such local account. */
    boolean requireTotp(String username, boolean required) {
        if (!isLocal(username)) {
            return false;
        }
        if (required) {
            redis.opsForHash().put(prefix + username, "totpRequired", "true");
        } else {
            redis.opsForHash().delete(prefix + username, "totpRequired");
        }
        return true;
    }

    /** Whether every local account must use TOTP. */
    public boolean totpRequiredForAll() {
        return "true".equals(redis.opsForHash().get(settingsKey, "totpRequiredForAll"));
    }

    void requireTotpForAll(boolean required) {
        redis.opsForHash().put(settingsKey, "totpRequiredForAll", Boolean.toString(required));
    }

    /**
     * Whether {@code code} is the account's current TOTP code, and not one it used already (a code seen over a
     * shoulder cannot be used again).
     */
    boolean acceptsTotp(String username, String code, Instant now) {
        Object secret = redis.opsForHash().get(prefix + username, "totpSecret");
        if (!(secret instanceof String enrolled)) {
            return false;
        }
        return Totp.matchingStep(enrolled, code, now).stream()
                .anyMatch(step -> redis.execute(SPEND_STEP, List.of(prefix + username), Long.toString(step)) == 1L);
    }

    private boolean isLocal(String username) {
        return find(username).filter(account -> !account.fromIdentityProvider()).isPresent();
    }

    /** Whether a local account signs in with a second factor: enrolled, or required (for it or for all). */
    boolean needsSecondFactor(StaffAccount account) {
        return !account.fromIdentityProvider()
                && (account.totpEnrolled() || account.totpRequired() || totpRequiredForAll());
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
                departments.of((String) fields.get("department")),
                FROM_IDENTITY_PROVIDER.equals(fields.get("source")), fields.containsKey("totpSecret"),
                "true".equals(fields.get("totpRequired"))));
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
        // An identity provider's account has no password to sign in with.
        StaffAccount account = find(username).filter(found -> !found.fromIdentityProvider())
                .orElseThrow(() -> new UsernameNotFoundException("no such staff account"));
        return User.withUsername(account.username()).password(account.passwordHash())
                .authorities(account.role().authority()).build();
    }
}
