package jp.miyazaki.kyodo.console;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;

import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.Departments;
import jp.miyazaki.kyodo.admin.StaffAccount;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.admin.StaffTokens;
import java.util.List;

/**
 * Staff accounts for admins (the security configuration refuses {@code /admin/staff/**} to everyone else): list,
 * create, move to another department, delete (never oneself; their API tokens go with them) and issue an API token,
 * which is rendered once in the response and never stored in the session. Every change is audited as the admin API
 * audits it.
 */
@Controller
class StaffConsoleController {

    private final StaffAccounts accounts;
    private final StaffTokens tokens;
    private final AuditLog audit;
    private final Departments departments;
    private final Clock clock;

    StaffConsoleController(StaffAccounts accounts, StaffTokens tokens, AuditLog audit, Departments departments,
            ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.departments = departments;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/admin/staff")
    String list(Model model, Principal admin) {
        model.addAttribute("form", StaffForm.blank(accounts.departmentOf(admin.getName())));
        return page(model);
    }

    @PostMapping("/admin/staff")
    String create(@Valid @ModelAttribute("form") StaffForm form, BindingResult errors, Model model, Principal admin,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("department") && !departments.isKnown(form.department())) {
            errors.rejectValue("department", "unknown", "部署を一覧から選んでください");
        }
        if (!errors.hasErrors() && accounts.find(form.username()).isPresent()) {
            errors.rejectValue("username", "taken", "このユーザー名はすでに使われています");
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        StaffRole role = form.staffRole();
        String department = form.department().strip();
        if (!accounts.create(form.username(), form.password(), role, department, admin.getName(),
                Instant.now(clock))) {
            errors.rejectValue("username", "taken", "このユーザー名はすでに使われています");
            return page(model);
        }
        audit.record("staff.create", form.username(), "役割: " + role.label() + "、部署: " + department);
        redirect.addFlashAttribute("notice", form.username() + " さんのアカウントを作成しました。");
        return "redirect:/admin/staff";
    }

    @PostMapping("/admin/staff/{username}/department")
    String move(@PathVariable String username, @RequestParam String department, RedirectAttributes redirect) {
        if (!departments.isKnown(department)) {
            redirect.addFlashAttribute("problem", "部署を一覧から選んでください。");
            return "redirect:/admin/staff";
        }
        String was = accounts.departmentOf(username);
        if (!accounts.moveTo(username, department.strip())) {
            throw noSuchAccount();
        }
        audit.record("staff.department", new AuditLog.Target(username, null), null,
                List.of(new AuditLog.Change("部署", was, department.strip())));
        redirect.addFlashAttribute("notice", username + " さんを「" + department.strip() + "」に移しました。");
        return "redirect:/admin/staff";
    }

    @PostMapping("/admin/staff/{username}/delete")
    String delete(@PathVariable String username, Principal admin, RedirectAttributes redirect) {
        if (username.equals(admin.getName())) {
            redirect.addFlashAttribute("problem", "自分のアカウントは削除できません。");
            return "redirect:/admin/staff";
        }
        if (!accounts.delete(username)) {
            throw noSuchAccount();
        }
        tokens.revokeAll(username);
        audit.record("staff.delete", username, null);
        redirect.addFlashAttribute("notice", username + " さんのアカウントを削除しました（APIトークンも無効です）。");
        return "redirect:/admin/staff";
    }

    /** Rendered, not redirected: the token must not wait in the session for the next page. */
    @PostMapping("/admin/staff/{username}/tokens")
    String issueToken(@PathVariable String username, Model model, Principal admin) {
        if (accounts.find(username).isEmpty()) {
            throw noSuchAccount();
        }
        StaffTokens.IssuedToken issued = tokens.issue(username, Instant.now(clock));
        audit.record("token.issue", username, "トークン番号 " + issued.id());
        model.addAttribute("issued", issued);
        model.addAttribute("issuedTo", username);
        model.addAttribute("form", StaffForm.blank(accounts.departmentOf(admin.getName())));
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("accounts", accounts.all().stream().map(StaffRow::of).toList());
        model.addAttribute("roles", StaffRole.values());
        return "console/staff";
    }

    private static ResponseStatusException noSuchAccount() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such staff account");
    }

    /** An account as the page shows it: never its password hash. */
    record StaffRow(String username, boolean admin, String department, Instant createdAt, String createdBy) {
        static StaffRow of(StaffAccount account) {
            return new StaffRow(account.username(), account.role() == StaffRole.ADMIN, account.department(),
                    account.createdAt(), account.createdBy());
        }
    }
}
