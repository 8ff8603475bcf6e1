package jp.miyazaki.kyodo.admin;

import java.time.Instant;

/**
 * A city staff member who may use the admin API and console, and the department (部署) they work in. The password
 * is kept only as a hash.
 */
public record StaffAccount(String username, String passwordHash, StaffRole role, Instant createdAt,
        String createdBy, String department) {
}
