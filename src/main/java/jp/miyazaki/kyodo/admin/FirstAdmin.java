package jp.miyazaki.kyodo.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.line.LineProperties;

/**
 * Makes sure someone can sign in. {@code KYODO_ADMIN_USERNAME} / {@code KYODO_ADMIN_PASSWORD} create that admin
 * if the account does not exist yet. Without them, a machine in local mode (no LINE channel) with no admin gets
 * {@code admin} with a generated password, logged once — the one secret ever logged, and only on a developer's
 * machine. In production without them nothing is created and a warning says how to create the first admin.
 */
@Component
public class FirstAdmin {

    static final String LOCAL_USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final StaffAccounts accounts;
    private final AdminProperties properties;
    private final LineProperties line;
    private final AuditLog audit;
    private final Clock clock;

    public FirstAdmin(StaffAccounts accounts, AdminProperties properties, LineProperties line, AuditLog audit,
            ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.line = line;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ensure() {
        Instant now = Instant.now(clock);
        if (properties.firstAdminGiven()) {
            if (accounts.create(properties.username(), properties.password(), StaffRole.ADMIN, "system", now)) {
                audit.record("system", "staff.create", properties.username(), "最初の管理者（サーバーの設定から）");
                log.info("created the first admin account from KYODO_ADMIN_USERNAME");
            }
            return;
        }
        if (accounts.anyAdmin()) {
            return;
        }
        if (line.configured()) {
            log.warn("No admin account exists and KYODO_ADMIN_USERNAME / KYODO_ADMIN_PASSWORD are not set: nobody "
                    + "can sign in to /admin or /api/admin. Set both and restart to create the first admin.");
            return;
        }
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        if (accounts.create(LOCAL_USERNAME, password, StaffRole.ADMIN, "system", now)) {
            audit.record("system", "staff.create", LOCAL_USERNAME, "最初の管理者（ローカルモードで自動作成）");
            log.warn("LOCAL MODE: created staff account '{}' with the generated password {} — shown only this "
                    + "once; sign in at /admin", LOCAL_USERNAME, password);
        }
    }
}
