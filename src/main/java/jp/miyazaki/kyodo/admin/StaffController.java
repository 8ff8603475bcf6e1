package jp.miyazaki.kyodo.admin;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;

/** Staff accounts and their API tokens (admins only), and the audit log (all staff). */
@StaffApi
@RestController
@RequestMapping("/api/admin")
@Validated
public class StaffController {

    private final StaffAccounts accounts;
    private final StaffTokens tokens;
    private final AuditLog audit;
    private final Departments departments;
    private final Clock clock;

    public StaffController(StaffAccounts accounts, StaffTokens tokens, AuditLog audit, Departments departments,
            ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.departments = departments;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
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
        String department = knownDepartment(request.department());
        Instant now = Instant.now(clock);
        if (!accounts.create(request.username(), request.password(), role, department, admin.getName(), now)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "a staff account with this username exists");
        }
        audit.record("staff.create", request.username(), "役割: " + role.label() + "、部署: "
                + departments.of(department));
        return ResponseEntity.created(URI.create("/api/admin/staff/" + request.username()))
                .body(StaffView.of(accounts.find(request.username()).orElseThrow()));
    }

    @AdminOnly
    @PutMapping("/staff/{username}/department")
    @Operation(summary = "Moves a staff account to another department; what they add from then on is that department's")
    public StaffView moveToDepartment(@PathVariable String username, @Valid @RequestBody DepartmentChange request) {
        String department = knownDepartment(request.department());
        String was = accounts.departmentOf(username);
        if (!accounts.moveTo(username, department)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such staff account");
        }
        audit.record("staff.department", new AuditLog.Target(username, null), null,
                List.of(new AuditLog.Change("部署", was, departments.of(department))));
        return StaffView.of(accounts.find(username).orElseThrow());
    }

    @AdminOnly
    @PutMapping("/staff/{username}/role")
    @Operation(summary = "Gives a staff account another role; its console sessions and API tokens end at once")
    public StaffView changeRole(@PathVariable String username, @Valid @RequestBody RoleChange request,
            Principal admin) {
        if (username.equals(admin.getName())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "you cannot change your own role");
        }
        StaffRole role = StaffRole.of(request.role()).orElseThrow();
        String was = accounts.find(username).map(account -> account.role().label()).orElse("");
        if (!accounts.changeRole(username, role)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such staff account");
        }
        tokens.revokeAll(username);
        audit.record("staff.role", new AuditLog.Target(username, null), null,
                List.of(new AuditLog.Change("役割", was, role.label())));
        return StaffView.of(accounts.find(username).orElseThrow());
    }

    @AdminOnly
    @DeleteMapping("/staff/{username}")
    public ResponseEntity<Void> delete(@PathVariable String username, Principal admin) {
        if (username.equals(admin.getName())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "you cannot delete your own account");
        }
        if (!accounts.delete(username)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such staff account");
        }
        tokens.revokeAll(username);
        audit.record("staff.delete", username, null);
        return ResponseEntity.noContent().build();
    }

    @AdminOnly
    @PostMapping("/staff/{username}/tokens")
    public ResponseEntity<StaffTokens.IssuedToken> issueToken(@PathVariable String username) {
        if (accounts.find(username).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such staff account");
        }
        StaffTokens.IssuedToken issued = tokens.issue(username, Instant.now(clock));
        audit.record("token.issue", username, "トークン番号 " + issued.id());
        return ResponseEntity.status(HttpStatus.CREATED).body(issued);
    }

    @GetMapping("/audit")
    public List<AuditLog.AuditEntry> audit(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return audit.latest(limit);
    }

    private String knownDepartment(String department) {
        if (department != null && !departments.isKnown(department)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown department; see /api/admin/departments");
        }
        return department == null ? null : department.strip();
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
