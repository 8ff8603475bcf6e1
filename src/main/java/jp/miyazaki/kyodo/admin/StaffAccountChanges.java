package jp.miyazaki.kyodo.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import jp.miyazaki.kyodo.shared.ChangeRefused;

/**
 * Admins creating, moving, re-roling and deleting staff accounts and issuing their API tokens: the one place for
 * the rules and the audit entries, called by the admin API and the console alike. Nobody changes the role of, or
 * deletes, their own account; a new role or a deleted account ends the account's API tokens at once.
 */
@Service
public class StaffAccountChanges {

    private final StaffAccounts accounts;
    private final StaffTokens tokens;
    private final AuditLog audit;
    private final Departments departments;
    private final Clock clock;

    public StaffAccountChanges(StaffAccounts accounts, StaffTokens tokens, AuditLog audit, Departments departments,
            ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.departments = departments;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Creates an account; without a department it belongs to the default one. */
    public StaffAccount create(String username, String password, StaffRole role, String department, String admin) {
        String known = department == null ? null : known(department);
        if (!accounts.create(username, password, role, known, admin, Instant.now(clock))) {
            throw new ChangeRefused(new Refusal.UsernameTaken(username));
        }
        audit.record("staff.create", username, "役割: " + role.label() + "、部署: " + departments.of(known));
        return existing(username);
    }

    /** Moves an account to another department; what they add from then on is that department's. */
    public StaffAccount moveToDepartment(String username, String department) {
        String known = known(department);
        String was = accounts.departmentOf(username);
        if (!accounts.moveTo(username, known)) {
            throw new ChangeRefused(new Refusal.NoSuchAccount(username));
        }
        audit.record("staff.department", new AuditLog.Target(username, null), null,
                List.of(new AuditLog.Change("部署", was, known)));
        return existing(username);
    }

    /** Gives an account another role; its API tokens end (its console sessions end by {@link StaffStillValid}). */
    public StaffAccount changeRole(String username, StaffRole role, String admin) {
        if (username.equals(admin)) {
            throw new ChangeRefused(new Refusal.OwnRoleChange(username));
        }
        String was = existing(username).role().label();
        accounts.changeRole(username, role);
        tokens.revokeAll(username);
        audit.record("staff.role", new AuditLog.Target(username, null), null,
                List.of(new AuditLog.Change("役割", was, role.label())));
        return existing(username);
    }

    /** Deletes an account and ends its API tokens. */
    public void delete(String username, String admin) {
        if (username.equals(admin)) {
            throw new ChangeRefused(new Refusal.OwnAccountDeletion(username));
        }
        if (!accounts.delete(username)) {
            throw new ChangeRefused(new Refusal.NoSuchAccount(username));
        }
        tokens.revokeAll(username);
        audit.record("staff.delete", username, null);
    }

    /** A new API token for an account, shown once. */
    public StaffTokens.IssuedToken issueToken(String username) {
        existing(username);
        StaffTokens.IssuedToken issued = tokens.issue(username, Instant.now(clock));
        audit.record("token.issue", username, "トークン番号 " + issued.id());
        return issued;
    }

    /**
     * Stores the TOTP secret a local staff member confirmed with a right code from their app; false (nothing
     * stored) when the code is wrong.
     */
    public boolean enrolTotp(String username, String secret, String code) {
        OptionalLong step = Totp.matchingStep(secret, code, Instant.now(clock));
        if (step.isEmpty()) {
            return false;
        }
        if (!accounts.enrolTotp(username, secret, step.getAsLong())) {
            throw new ChangeRefused(new Refusal.NoSuchAccount(username));
        }
        audit.record(username, "totp.enrol", username, "二段階認証（TOTP）を設定");
        return true;
    }

    /** Makes TOTP compulsory, or optional again, for one local account. */
    public void requireTotp(String username, boolean required) {
        if (!accounts.requireTotp(username, required)) {
            throw new ChangeRefused(new Refusal.NoSuchAccount(username));
        }
        audit.record("totp.require", username, required ? "二段階認証を必須に" : "二段階認証の必須を解除");
    }

    /** Makes TOTP compulsory, or optional again, for every local account. */
    public void requireTotpForAll(boolean required) {
        accounts.requireTotpForAll(required);
        audit.record("totp.require-all", "すべてのローカルアカウント",
                required ? "二段階認証を必須に" : "二段階認証の必須を解除");
    }

    /** Forgets an account's TOTP secret (a lost phone); if TOTP is required it enrols again at its next sign-in. */
    public void resetTotp(String username) {
        existing(username);
        accounts.resetTotp(username);
        audit.record("totp.reset", username, null);
    }

    private StaffAccount existing(String username) {
        return accounts.find(username).orElseThrow(() -> new ChangeRefused(new Refusal.NoSuchAccount(username)));
    }

    private String known(String department) {
        if (!departments.isKnown(department)) {
            throw new ChangeRefused(new Refusal.UnknownDepartment(department));
        }
        return department.strip();
    }

    /** Why a change was not made; the API and the console each say it in their own words. */
    public sealed interface Refusal extends ChangeRefused.Refusal {

        /** No account has this username. */
        record NoSuchAccount(String username) implements Refusal {
        }

        /** An account with this username exists already. */
        record UsernameTaken(String username) implements Refusal {
        }

        /** The department asked for is not one of the configured ones. */
        record UnknownDepartment(String department) implements Refusal {
        }

        /** An admin tried to change their own role. */
        record OwnRoleChange(String username) implements Refusal {
        }

        /** An admin tried to delete their own account. */
        record OwnAccountDeletion(String username) implements Refusal {
        }
    }
}
