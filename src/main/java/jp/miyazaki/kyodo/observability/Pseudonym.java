package jp.miyazaki.kyodo.observability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stable, non-reversible stand-in for a LINE user id in logs, so log lines of one citizen can be followed
 * without the id itself (personal data under Japan's APPI) ever being written.
 */
public final class Pseudonym {

    private static final byte[] PEPPER = "kyodo-bot/log-pseudonym/v1".getBytes(StandardCharsets.UTF_8);

    private Pseudonym() {
    }

    public static String of(String userId) {
        if (userId == null) {
            return "-";
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(PEPPER);
            byte[] digest = sha256.digest(userId.getBytes(StandardCharsets.UTF_8));
            return "u-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
