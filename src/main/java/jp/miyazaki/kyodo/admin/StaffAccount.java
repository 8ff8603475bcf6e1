package jp.miyazaki.kyodo.admin;

import java.time.Instant;

/**
 * A city staff member who may use the admin API and console, and the department (部署) they work in. A local
 * account has a password, kept only as a hash, and may have a second factor (TOTP: {@code totpEnrolled}, asked for
 * at every sign-in once enrolled; {@code totpRequired}: an admin made it compulsory for this account). An account
 * {@code fromIdentityProvider} has no password: it is written at each sign-in with the city's identity provider,
 * which decides its role and department.
 */
public record StaffAccount(String username, String passwordHash, StaffRole role, Instant createdAt,
        String createdBy, String department, boolean fromIdentityProvider, boolean totpEnrolled,
        boolean totpRequired) {
}
