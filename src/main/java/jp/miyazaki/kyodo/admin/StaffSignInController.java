package jp.miyazaki.kyodo.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.miyazaki.kyodo.admin.CityIdentityProvider.Refusal;
import jp.miyazaki.kyodo.admin.SecondFactorSignIn.Pending;

/**
 * The console's sign-in pages: the login page (password, and the city's identity provider's button when one is
 * configured, with why it refused someone), and the second step for a local account with TOTP — the code, or
 * first the enrolment when an admin requires TOTP and the account has none. Wrong codes are slowed down like
 * wrong passwords, counted apart so that the right password does not clear them.
 */
@Controller
class StaffSignInController {

    static final String TOTP_ISSUER = "協働ボット";
    private static final Logger log = LoggerFactory.getLogger(StaffSignInController.class);

    private static final Map<String, String> REFUSALS = Map.of(
            "role", "市のIDでの確認はできましたが、このコンソールを使う役割が割り当てられていません。"
                    + "管理者に、役割の割り当てを依頼してください。",
            "department", "市のIDに登録されている部署が、このコンソールの部署一覧にありません。管理者に確認してください。",
            "local", "同じユーザー名のアカウントがこのコンソールにあるため、市のIDではログインできません。"
                    + "管理者に確認してください。",
            "username", "市のIDからユーザー名を受け取れませんでした。管理者に確認してください。",
            "failed", "市のIDでのログインに失敗しました。もう一度お試しください。");

    private final StaffOidcProperties oidc;
    private final SecondFactorSignIn secondFactor;
    private final StaffAccounts accounts;
    private final StaffAccountChanges changes;
    private final LoginThrottle throttle;
    private final Clock clock;

    StaffSignInController(StaffOidcProperties oidc, SecondFactorSignIn secondFactor, StaffAccounts accounts,
            StaffAccountChanges changes, LoginThrottle throttle, ObjectProvider<Clock> clock) {
        this.oidc = oidc;
        this.secondFactor = secondFactor;
        this.accounts = accounts;
        this.changes = changes;
        this.throttle = throttle;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** What the login page is told about a failed sign-in with the identity provider: a key, never its details. */
    static String refusalShown(AuthenticationException failure) {
        String code = failure instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
        if (Refusal.UNMAPPED_ROLE.code().equals(code)) {
            return "role";
        }
        if (Refusal.UNKNOWN_DEPARTMENT.code().equals(code)) {
            return "department";
        }
        if (Refusal.LOCAL_ACCOUNT.code().equals(code)) {
            return "local";
        }
        if (Refusal.NO_USERNAME.code().equals(code)) {
            return "username";
        }
        // The description may quote the id token's claims (a name, an address): only at debug level.
        log.warn("sign-in with the city's identity provider failed: {}", code.isEmpty() ? failure.getClass()
                .getSimpleName() : code);
        log.debug("the identity provider's sign-in failed", failure);
        return "failed";
    }

    @GetMapping("/admin/login")
    String login(@RequestParam Optional<String> refused, Model model) {
        model.addAttribute("cityIdentityProvider", oidc.configured());
        model.addAttribute("cityIdentityProviderPath",
                "/admin/login/oauth2/authorization/" + StaffOidcProperties.REGISTRATION);
        refused.map(REFUSALS::get).ifPresent(reason -> model.addAttribute("refusal", reason));
        return "console/login";
    }

    @GetMapping(SecondFactorSignIn.CODE_PAGE)
    String codePage(HttpServletRequest request, Model model) {
        return secondFactor.pending(request).map(pending -> codeForm(pending, model, null))
                .orElse("redirect:/admin/login");
    }

    @PostMapping(SecondFactorSignIn.CODE_PAGE)
    String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<Pending> waiting = secondFactor.pending(request);
        if (waiting.isEmpty()) {
            return "redirect:/admin/login";
        }
        Pending pending = waiting.get();
        // Counted apart from the password's failures, which its right password clears.
        String door = "totp:" + pending.username();
        String address = request.getRemoteAddr();
        if (throttle.waitFor(door, address).isPresent()) {
            secondFactor.abandon(request);
            return "redirect:/admin/login?error";
        }
        if (!rightCode(pending, code)) {
            throttle.failed(door, address);
            return codeForm(pending, model, "コードが違います。アプリに表示されている最新の6桁を入力してください。");
        }
        throttle.succeeded(door, address);
        secondFactor.complete(pending, request, response);
        return "redirect:/admin";
    }

    private boolean rightCode(Pending pending, String code) {
        if (pending.enrolling()) {
            return changes.enrolTotp(pending.username(), pending.enrolmentSecret(), code);
        }
        return accounts.acceptsTotp(pending.username(), code, Instant.now(clock));
    }

    private static String codeForm(Pending pending, Model model, String problem) {
        model.addAttribute("username", pending.username());
        if (pending.enrolling()) {
            model.addAttribute("secret", pending.enrolmentSecret());
            model.addAttribute("otpauthUri", Totp.uri(TOTP_ISSUER, pending.username(), pending.enrolmentSecret()));
        }
        model.addAttribute("problem", problem);
        return "console/login-code";
    }
}
