package jp.miyazaki.kyodo.admin;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

import jp.miyazaki.kyodo.admin.StaffAccountChanges.Refusal;
import jp.miyazaki.kyodo.shared.ChangeRefused;
import jp.miyazaki.kyodo.shared.RefusalProblem;

/** Staff accounts and their API tokens (admins only), and the audit log (all staff). */
@StaffApi
@RestController
@RequestMapping("/api/admin")
@Validated
public class StaffController {

    private final StaffAccounts accounts;
    private final StaffAccountChanges changes;
    private final AuditLog audit;

    public StaffController(StaffAccounts accounts, StaffAccountChanges changes, AuditLog audit) {
        this.accounts = accounts;
        this.changes = changes;
        this.audit = audit;
    }

    @AdminOnly
    @GetMapping("/staff")
    public List<StaffView> list() {
        return accounts.all().stream().map(StaffView::of).toList();
    }

    @AdminOnly
    @PostMapping("/staff")
    public ResponseEntity<StaffView> create(@Valid @RequestBody NewStaff request, Principal admin) {
        StaffRole role = StaffRole.of(request.role()).orElseThrow();
        StaffAccount created = changes.create(request.username(), request.password(), role, request.department(),
                admin.getName());
        return ResponseEntity.created(URI.create("/api/admin/staff/" + created.username()))
                .body(StaffView.of(created));
    }

    @AdminOnly
    @PutMapping("/staff/{username}/department")
    @Operation(summary = "Moves a staff account to another department; what they add from then on is that department's")
    public StaffView moveToDepartment(@PathVariable String username, @Valid @RequestBody DepartmentChange request) {
        return StaffView.of(changes.moveToDepartment(username, request.department()));
    }

    @AdminOnly
    @PutMapping("/staff/{username}/role")
    @Operation(summary = "Gives a staff account another role; its console sessions and API tokens end at once")
    public StaffView changeRole(@PathVariable String username, @Valid @RequestBody RoleChange request,
            Principal admin) {
        StaffRole role = StaffRole.of(request.role()).orElseThrow();
        return StaffView.of(changes.changeRole(username, role, admin.getName()));
    }

    @AdminOnly
    @DeleteMapping("/staff/{username}")
    public ResponseEntity<Void> delete(@PathVariable String username, Principal admin) {
        changes.delete(username, admin.getName());
        return ResponseEntity.noContent().build();
    }

    @AdminOnly
    @PostMapping("/staff/{username}/tokens")
    public ResponseEntity<StaffTokens.IssuedToken> issueToken(@PathVariable String username) {
        return ResponseEntity.status(HttpStatus.CREATED).body(changes.issueToken(username));
    }

    @GetMapping("/audit")
    public List<AuditLog.AuditEntry> audit(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return audit.latest(limit);
    }

    @ExceptionHandler(ChangeRefused.class)
    public ProblemDetail refused(ChangeRefused refused) {
        return RefusalProblem.of(refused)
                .when(Refusal.NoSuchAccount.class, HttpStatus.NOT_FOUND, "no such staff account")
                .when(Refusal.UnknownDepartment.class, HttpStatus.BAD_REQUEST,
                        "unknown department; see /api/admin/departments")
                .when(Refusal.UsernameTaken.class, HttpStatus.CONFLICT, "a staff account with this username exists")
                .when(Refusal.OwnRoleChange.class, HttpStatus.CONFLICT, "you cannot change your own role")
                .when(Refusal.OwnAccountDeletion.class, HttpStatus.CONFLICT, "you cannot delete your own account")
                .problem();
    }

    /**
     * A new account: a lower-case username, a password of at least 12 characters that is not a common or trivially
     * guessed one, a role, and the department
     * (one of {@code /api/admin/departments}; absent: the default department).
     */
    public record NewStaff(
            @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,32}",
                    message = "3–32 characters: a–z, 0–9, dot, underscore, hyphen") String username,
            @NotBlank @Size(min = 12, max = 128) @NotGuessable String password,
            @NotBlank @Pattern(regexp = "admin|staff", message = "admin or staff") String role,
            @Size(max = 40) String department) {
    }

    /** The role a staff account is given. */
    public record RoleChange(@NotBlank @Pattern(regexp = "admin|staff", message = "admin or staff") String role) {
    }

    /** The department a staff account moves to. */
    public record DepartmentChange(@NotBlank @Size(max = 40) String department) {
    }

    /** An account as shown to admins: never its password hash. */
    public record StaffView(String username, String role, String department, Instant createdAt, String createdBy) {
        static StaffView of(StaffAccount account) {
            return new StaffView(account.username(), account.role().id(), account.department(),
                    account.createdAt(), account.createdBy());
        }
    }
}
