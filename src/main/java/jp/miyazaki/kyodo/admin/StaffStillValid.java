package jp.miyazaki.kyodo.admin;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jp.miyazaki.kyodo.observability.Pseudonym;

/**
 * Checks on every console request that the signed-in account still exists and still has the role it signed in
 * with. If not (deleted, role changed, or Redis lost the account) the session ends at once and the request goes
 * on unauthenticated, so the console sends it to the login page instead of honouring rights nobody holds any more.
 */
final class StaffStillValid extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(StaffStillValid.class);

    private final StaffAccounts accounts;

    StaffStillValid(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)
                && !stillHolds(signedIn)) {
            log.info("ended the console session of staff account {}: deleted or its role changed",
                    Pseudonym.of(signedIn.getName()));
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean stillHolds(Authentication signedIn) {
        Optional<StaffAccount> account = accounts.find(signedIn.getName());
        // Only roles: Spring Security also grants factor authorities (FACTOR_PASSWORD) that no account stores.
        Set<String> granted = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).collect(Collectors.toSet());
        return account.isPresent() && granted.equals(Set.of(account.get().role().authority()));
    }
}
