package jp.miyazaki.kyodo.admin;

import java.security.Principal;
import java.time.Instant;
import java.util.function.Supplier;

import jakarta.validation.Valid;

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

import jp.miyazaki.kyodo.admin.StaffAccountChanges.Refusal;
import jp.miyazaki.kyodo.shared.ChangeRefused;

/**
 * Staff accounts for admins (the security configuration refuses {@code /admin/staff/**} to everyone else): list,
 * create, move to another department, delete (never oneself; their API tokens go with them), issue an API token,
 * which is rendered once in the response and never stored in the session, and require or reset the TOTP second
 * factor of local accounts (one, or all). The changes are
 * {@link StaffAccountChanges}'s, as the admin API's are.
 */
@StaffConsole
@Controller
class StaffConsoleController {

    private static final String UNKNOWN_DEPARTMENT = "部署を一覧から選んでください";
    private static final String TAKEN = "このユーザー名はすでに使われています";

    private final StaffAccounts accounts;
    private final StaffAccountChanges changes;

    StaffConsoleController(StaffAccounts accounts, StaffAccountChanges changes) {
        this.accounts = accounts;
        this.changes = changes;
    }

    @GetMapping("/admin/staff")
    String list(Model model, Principal admin) {
        model.addAttribute("form", StaffForm.blank(accounts.departmentOf(admin.getName())));
        return page(model);
    }

    @PostMapping("/admin/staff")
    String create(@Valid @ModelAttribute("form") StaffForm form, BindingResult errors, Model model, Principal admin,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            changes.create(form.username(), form.password(), form.staffRole(), form.department(), admin.getName());
        } catch (ChangeRefused refused) {
            if (refused.refusal() instanceof Refusal.UnknownDepartment) {
                errors.rejectValue("department", "unknown", UNKNOWN_DEPARTMENT);
            } else {
                errors.rejectValue("username", "taken", TAKEN);
            }
            return page(model);
        }
        redirect.addFlashAttribute("notice", form.username() + " さんのアカウントを作成しました。");
        return "redirect:/admin/staff";
    }

    @PostMapping("/admin/staff/{username}/department")
    String move(@PathVariable String username, @RequestParam String department, RedirectAttributes redirect) {
        return listSaying(redirect, () -> {
            StaffAccount moved = changes.moveToDepartment(username, department);
            return username + " さんを「" + moved.department() + "」に移しました。";
        }, Refusal.UnknownDepartment.class, UNKNOWN_DEPARTMENT + "。");
    }

    @PostMapping("/admin/staff/{username}/delete")
    String delete(@PathVariable String username, Principal admin, RedirectAttributes redirect) {
        return listSaying(redirect, () -> {
            changes.delete(username, admin.getName());
            return username + " さんのアカウントを削除しました（APIトークンも無効です）。";
        }, Refusal.OwnAccountDeletion.class, "自分のアカウントは削除できません。");
    }

    /** Only local accounts have the button; an identity provider's account is "no such account" here. */
    @PostMapping("/admin/staff/{username}/totp-required")
    String requireTotp(@PathVariable String username, @RequestParam boolean required, RedirectAttributes redirect) {
        try {
            changes.requireTotp(username, required);
        } catch (ChangeRefused refused) {
            throw noSuchAccount();
        }
        redirect.addFlashAttribute("notice", username + (required
                ? " さんの二段階認証を必須にしました。次のログインから確認コードが必要です。"
                : " さんの二段階認証を必須から外しました。"));
        return "redirect:/admin/staff";
    }

    @PostMapping("/admin/staff/totp-required-for-all")
    String requireTotpForAll(@RequestParam boolean required, RedirectAttributes redirect) {
        changes.requireTotpForAll(required);
        redirect.addFlashAttribute("notice", required
                ? "すべてのローカルアカウントで二段階認証を必須にしました。次のログインから確認コードが必要です。"
                : "すべてのローカルアカウントへの二段階認証の必須を解除しました（個別に必須にしたアカウントはそのままです）。");
        return "redirect:/admin/staff";
    }

    @PostMapping("/admin/staff/{username}/totp-reset")
    String resetTotp(@PathVariable String username, RedirectAttributes redirect) {
        try {
            changes.resetTotp(username);
        } catch (ChangeRefused refused) {
            throw noSuchAccount();
        }
        redirect.addFlashAttribute("notice",
                username + " さんの二段階認証をリセットしました。必須の場合は、次のログインで設定し直します。");
        return "redirect:/admin/staff";
    }

    /** Rendered, not redirected: the token must not wait in the session for the next page. */
    @PostMapping("/admin/staff/{username}/tokens")
    String issueToken(@PathVariable String username, Model model, Principal admin) {
        try {
            model.addAttribute("issued", changes.issueToken(username));
        } catch (ChangeRefused refused) {
            throw noSuchAccount();
        }
        model.addAttribute("issuedTo", username);
        model.addAttribute("form", StaffForm.blank(accounts.departmentOf(admin.getName())));
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("accounts", accounts.all().stream().map(StaffRow::of).toList());
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("totpRequiredForAll", accounts.totpRequiredForAll());
        return "console/staff";
    }

    /**
     * Back to the list with the notice of the change, or with {@code problem} when it was refused for the one
     * reason staff can act on; any other refusal is an unknown account, the console's 404 page.
     */
    private static String listSaying(RedirectAttributes redirect, Supplier<String> change,
            Class<? extends Refusal> saidAs, String problem) {
        try {
            redirect.addFlashAttribute("notice", change.get());
        } catch (ChangeRefused refused) {
            if (!saidAs.isInstance(refused.refusal())) {
                throw noSuchAccount();
            }
            redirect.addFlashAttribute("problem", problem);
        }
        return "redirect:/admin/staff";
    }

    private static ResponseStatusException noSuchAccount() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such staff account");
    }

    /** An account as the page shows it: never its password hash or TOTP secret. */
    record StaffRow(String username, boolean admin, String department, Instant createdAt, String createdBy,
            boolean local, boolean totpEnrolled, boolean totpRequired) {
        static StaffRow of(StaffAccount account) {
            return new StaffRow(account.username(), account.role() == StaffRole.ADMIN, account.department(),
                    account.createdAt(), account.createdBy(), !account.fromIdentityProvider(),
                    account.totpEnrolled(), account.totpRequired());
        }
    }
}
