package jp.miyazaki.kyodo.admin;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The console's sign-in in two steps for a local account with a second factor: the right password alone does not
 * sign in; it leaves a pending sign-in in the session (five minutes) and sends the browser to the code page,
 * which signs in ({@link #complete}) only after a right TOTP code, or after enrolling when an admin requires TOTP
 * and the account has none yet. Accounts without a second factor sign in at once, as before.
 */
@Component
class SecondFactorSignIn implements AuthenticationSuccessHandler {

    static final String CODE_PAGE = "/admin/login/code";
    private static final String PENDING = SecondFactorSignIn.class.getName() + ".PENDING";
    private static final Duration PENDING_FOR = Duration.ofMinutes(5);

    private final StaffAccounts accounts;
    private final Clock clock;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final SimpleUrlAuthenticationSuccessHandler toConsole = new SimpleUrlAuthenticationSuccessHandler("/admin");

    SecondFactorSignIn(StaffAccounts accounts, ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        toConsole.setAlwaysUseDefaultTargetUrl(true);
    }

    /** Where the console keeps who is signed in; the security chain and {@link #complete} share it. */
    SecurityContextRepository contexts() {
        return contexts;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication passwordChecked) throws IOException, ServletException {
        Optional<StaffAccount> account = accounts.find(passwordChecked.getName());
        if (account.isEmpty() || !accounts.needsSecondFactor(account.get())) {
            toConsole.onAuthenticationSuccess(request, response, passwordChecked);
            return;
        }
        // The login filter stored the sign-in already: undo it until the code is given.
        SecurityContextHolder.clearContext();
        contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
        String enrolment = account.get().totpEnrolled() ? null : Totp.newSecret();
        request.getSession().setAttribute(PENDING,
                new Pending(passwordChecked, Instant.now(clock).plus(PENDING_FOR), enrolment));
        response.sendRedirect(CODE_PAGE);
    }

    /** The sign-in waiting for its code in this browser's session, unless it expired. */
    Optional<Pending> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
            return Optional.empty();
        }
        if (Instant.now(clock).isAfter(pending.until())) {
            session.removeAttribute(PENDING);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    /** Signs the pending sign-in in, in a new session id (as the login filter does after a password). */
    void complete(Pending pending, HttpServletRequest request, HttpServletResponse response) {
        request.getSession().removeAttribute(PENDING);
        request.changeSessionId();
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(pending.passwordChecked());
        SecurityContextHolder.setContext(signedIn);
        contexts.saveContext(signedIn, request, response);
    }

    /** Gives up the pending sign-in (too many wrong codes): the password is asked again. */
    void abandon(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
    }

    /**
     * A password checked, waiting for its code until {@code until}; {@code enrolmentSecret} is the new TOTP secret
     * offered when the account must enrol first (null when it has one).
     */
    record Pending(Authentication passwordChecked, Instant until, String enrolmentSecret) implements Serializable {

        String username() {
            return passwordChecked.getName();
        }

        boolean enrolling() {
            return enrolmentSecret != null;
        }
    }
}
