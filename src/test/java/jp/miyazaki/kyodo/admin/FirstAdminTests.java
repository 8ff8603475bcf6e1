package jp.miyazaki.kyodo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.line.LineProperties;
import jp.miyazaki.kyodo.session.RedisSettings;
import jp.miyazaki.kyodo.testsupport.RedisClients;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;

/** Someone can always sign in on a developer's machine, and production never gets an account nobody chose. */
class FirstAdminTests {

    private static final AdminProperties.LoginThrottling THROTTLING = new AdminProperties.LoginThrottling(5, 20,
            Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofMinutes(15));

    private final StringRedisTemplate redis = RedisClients.template(RedisTestServer.shared());
    private final RedisSettings settings = RedisClients.settings("first-admin-" + System.nanoTime() + ":");
    private final PasswordEncoder passwords = SecurityConfiguration.passwordEncoder();
    private final StaffAccounts accounts = new StaffAccounts(redis, passwords,
            new Departments(new DepartmentProperties("市民活動推進課", List.of("市民活動推進課", "環境保全課"), false)), settings);

    @Test
    void createsTheAdminNamedInTheSettings() {
        AdminProperties given = new AdminProperties("yamada", "a chosen password", 100, THROTTLING);

        firstAdmin(given, production()).ensure();

        StaffAccount yamada = accounts.find("yamada").orElseThrow();
        assertThat(yamada.role()).isEqualTo(StaffRole.ADMIN);
        assertThat(passwords.matches("a chosen password", yamada.passwordHash())).isTrue();
        assertThat(audit(given).latest(10)).extracting(AuditLog.AuditEntry::action).containsExactly("staff.create");
    }

    @Test
    void generatesAnAdminOnceInLocalMode() {
        AdminProperties unset = new AdminProperties("", "", 100, THROTTLING);

        firstAdmin(unset, localMode()).ensure();
        String firstHash = accounts.find(FirstAdmin.LOCAL_USERNAME).orElseThrow().passwordHash();
        firstAdmin(unset, localMode()).ensure();

        assertThat(accounts.all()).hasSize(1);
        assertThat(accounts.find(FirstAdmin.LOCAL_USERNAME).orElseThrow().passwordHash()).isEqualTo(firstHash);
        assertThat(accounts.find(FirstAdmin.LOCAL_USERNAME).orElseThrow().role()).isEqualTo(StaffRole.ADMIN);
    }

    @Test
    void createsNobodyInProductionWithoutSettings() {
        firstAdmin(new AdminProperties(null, null, 100, THROTTLING), production()).ensure();

        assertThat(accounts.all()).isEmpty();
    }

    private FirstAdmin firstAdmin(AdminProperties properties, LineProperties line) {
        return new FirstAdmin(accounts, properties, line, audit(properties), noClock());
    }

    private AuditLog audit(AdminProperties properties) {
        return new AuditLog(redis, JsonMapper.builder().build(), noClock(), settings, properties);
    }

    private static ObjectProvider<Clock> noClock() {
        return new DefaultListableBeanFactory().getBeanProvider(Clock.class);
    }

    private static LineProperties production() {
        return line("secret", "token");
    }

    private static LineProperties localMode() {
        return line("", "");
    }

    private static LineProperties line(String secret, String token) {
        return new LineProperties(secret, token, URI.create("http://127.0.0.1:1"), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1),
                new LineProperties.Retry(1, Duration.ofMillis(10), Duration.ofMillis(10)));
    }
}
