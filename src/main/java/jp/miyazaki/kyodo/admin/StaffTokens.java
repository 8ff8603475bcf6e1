package jp.miyazaki.kyodo.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.session.RedisSettings;

/**
 * API tokens for staff scripts ({@code Authorization: Bearer …}). A token is 256 random bits shown once when
 * issued; Redis keeps only its SHA-256 ({@code staff-token:{sha256}}), which suffices for a secret that cannot be
 * guessed, and lets every request be checked without a slow password hash. Each account's tokens are listed in
 * {@code staff-tokens:{username}} so deleting the account revokes them.
 */
@Component
public class StaffTokens {

    private static final String TOKEN_PREFIX = "kyodo_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StringRedisTemplate redis;
    private final String tokenPrefix;
    private final String ownerPrefix;

    public StaffTokens(StringRedisTemplate redis, RedisSettings settings) {
        this.redis = redis;
        this.tokenPrefix = settings.keyPrefix() + "staff-token:";
        this.ownerPrefix = settings.keyPrefix() + "staff-tokens:";
    }

    /** A new token for {@code username}; the only time its value is known. */
    public IssuedToken issue(String username, Instant at) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String digest = digest(token);
        redis.opsForHash().putAll(tokenPrefix + digest, Map.of("username", username, "issuedAt", at.toString()));
        redis.opsForSet().add(ownerPrefix + username, digest);
        return new IssuedToken(digest.substring(0, 12), token, at);
    }

    /** The account a presented token belongs to. */
    public Optional<String> owner(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return Optional.ofNullable((String) redis.opsForHash().get(tokenPrefix + digest(token), "username"));
    }

    public void revokeAll(String username) {
        Set<String> digests = redis.opsForSet().members(ownerPrefix + username);
        if (digests != null) {
            digests.forEach(digest -> redis.delete(tokenPrefix + digest));
        }
        redis.delete(ownerPrefix + username);
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** A token as issued: {@code id} names it in the audit log, {@code token} is the secret. */
    public record IssuedToken(String id, String token, Instant issuedAt) {
    }
}
