package jp.miyazaki.kyodo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.AuditLog.AuditEntry;

/** The audit log as the parity tests read it: an action made once through the API and once through the console. */
public final class AuditTrail {

    private final AuditLog audit;

    public AuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    /** The newest entry about {@code target}. */
    public AuditEntry lastFor(String target) {
        return latest().stream().filter(entry -> target.equals(entry.target())).findFirst().orElseThrow();
    }

    /** The newest entry about {@code target} for {@code action}. */
    public AuditEntry lastFor(String target, String action) {
        return latest().stream().filter(entry -> target.equals(entry.target()) && action.equals(entry.action()))
                .findFirst().orElseThrow();
    }

    public List<AuditEntry> latest() {
        return audit.latest(100);
    }

    /** Both entries by {@code actor}, for {@code action} with {@code detail}. */
    public static void assertSameEntry(AuditEntry api, AuditEntry console, String actor, String action,
            String detail) {
        for (AuditEntry entry : List.of(api, console)) {
            assertThat(entry.actor()).isEqualTo(actor);
            assertThat(entry.action()).isEqualTo(action);
            assertThat(entry.detail()).isEqualTo(detail);
        }
    }
}
