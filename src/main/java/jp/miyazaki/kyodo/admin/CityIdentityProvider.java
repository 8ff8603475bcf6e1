package jp.miyazaki.kyodo.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.observability.Pseudonym;

/**
 * Staff sign-in with the city's identity provider ({@link StaffOidcProperties}): the client registration, read
 * from the provider's discovery document at the first sign-in (so the bot starts, and local accounts work, while
 * the provider is away), and the mapping of a signed-in person to a staff account. The role comes from the role
 * claim, the department from the department claim; the account is written (or updated) with both at every sign-in,
 * so the department rule, the console and the audit log treat these staff as any other, and a changed role in
 * the provider applies at the next sign-in. Someone with no mapped role, an unknown department, or the username
 * of a local account is refused with a {@link Refusal}, which the login page explains.
 */
@Component
class CityIdentityProvider implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(CityIdentityProvider.class);
    /** What a username from the provider may be: it names the account in paths, pages and the audit log. */
    private static final String USERNAME = "[^/\\\\\\s\\p{Cntrl}]{1,64}";

    private final StaffOidcProperties properties;
    private final StaffAccounts accounts;
    private final Departments departments;
    private final AuditLog audit;
    private final Clock clock;
    private final OidcUserService claims = new OidcUserService();
    private volatile ClientRegistration registration;

    CityIdentityProvider(StaffOidcProperties properties, StaffAccounts accounts, Departments departments,
            AuditLog audit, ObjectProvider<Clock> clock) {
        this.properties = properties;
        this.accounts = accounts;
        this.departments = departments;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * The one client registration, {@code city}. Not a bean: one would switch on Spring Boot's OAuth2 client
     * beans even for a city without a provider.
     */
    ClientRegistrationRepository registrations() {
        return this::registration;
    }

    private ClientRegistration registration(String registrationId) {
        if (!properties.configured() || !StaffOidcProperties.REGISTRATION.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            known = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                    .registrationId(StaffOidcProperties.REGISTRATION)
                    .clientId(properties.clientId()).clientSecret(properties.clientSecret())
                    .scope(properties.scopes()).userNameAttributeName(properties.usernameClaim())
                    .redirectUri("{baseUrl}/admin/login/oauth2/code/{registrationId}")
                    .build();
            registration = known;
            log.info("read the identity provider's discovery document from {}", properties.issuerUri());
        }
        return known;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = claims.loadUser(request);
        String username = person.getClaimAsString(properties.usernameClaim());
        if (username == null || !username.matches(USERNAME)) {
            throw refused(Refusal.NO_USERNAME, "", "no usable " + properties.usernameClaim() + " claim");
        }
        StaffRole role = properties.roleFor(values(person.getClaims().get(properties.roleClaim())))
                .orElseThrow(() -> refused(Refusal.UNMAPPED_ROLE, username, "no mapped value in its role claim"));
        String department = departments.defaultName();
        if (properties.departmentFromClaim()) {
            String claimed = person.getClaimAsString(properties.departmentClaim());
            if (!departments.isKnown(claimed)) {
                throw refused(Refusal.UNKNOWN_DEPARTMENT, username, "its department claim is not a department");
            }
            department = claimed.strip();
        }
        if (!accounts.provision(username, role, department, Instant.now(clock))) {
            throw refused(Refusal.LOCAL_ACCOUNT, username, "a local account has this username");
        }
        audit.record(username, "staff.oidc-sign-in", username, "役割: " + role.label() + "、部署: " + department);
        log.info("staff account {} signed in with the city's identity provider", Pseudonym.of(username));
        return new DefaultOidcUser(Set.of(new SimpleGrantedAuthority(role.authority())), person.getIdToken(),
                person.getUserInfo(), properties.usernameClaim());
    }

    /** A claim with one value (a string) or several (a JSON array). */
    private static Collection<String> values(Object claim) {
        if (claim instanceof Collection<?> several) {
            return several.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    private static OAuth2AuthenticationException refused(Refusal refusal, String username, String why) {
        log.info("refused the identity provider's sign-in of {}: {}", Pseudonym.of(username), why);
        return new OAuth2AuthenticationException(new OAuth2Error(refusal.code()), why);
    }

    /** Why someone the provider signed in is not let into the console; the login page says it in Japanese. */
    enum Refusal {
        NO_USERNAME, UNMAPPED_ROLE, UNKNOWN_DEPARTMENT, LOCAL_ACCOUNT;

        String code() {
            return "kyodo_" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
