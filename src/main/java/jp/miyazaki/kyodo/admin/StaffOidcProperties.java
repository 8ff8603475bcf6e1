package jp.miyazaki.kyodo.admin;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Staff sign-in with the city's identity provider (OpenID Connect), on only when {@code issuerUri} is set
 * ({@code KYODO_OIDC_ISSUER_URI}; its discovery document is read at the first sign-in). The provider decides who
 * is staff: {@code roleClaim} holds one or more values, {@code roles} maps them to the app's roles
 * ({@code 職員G=staff,情報政策課G=admin}; admin wins when several match, no match refuses the sign-in), and
 * {@code departmentClaim} names the department (blank: everyone in the default department; a value that is not a
 * configured department refuses the sign-in). {@code usernameClaim} is the account's name in the console and the
 * audit log.
 */
@Validated
@ConfigurationProperties("kyodo.staff.oidc")
public record StaffOidcProperties(String issuerUri, String clientId, String clientSecret,
        @NotNull List<@NotBlank String> scopes, @NotBlank String usernameClaim, @NotBlank String roleClaim,
        String departmentClaim, @NotNull List<String> roles) {

    /** The registration id in the console's sign-in and callback paths. */
    static final String REGISTRATION = "city";

    public StaffOidcProperties {
        scopes = scopes == null ? List.of("openid", "profile") : List.copyOf(scopes);
        usernameClaim = usernameClaim == null ? "preferred_username" : usernameClaim.strip();
        roleClaim = roleClaim == null ? "roles" : roleClaim.strip();
        roles = roles == null ? List.of() : roles.stream().map(String::strip).filter(StringUtils::hasText).toList();
    }

    /** Whether the city's identity provider is configured; without it staff sign in with local accounts only. */
    public boolean configured() {
        return StringUtils.hasText(issuerUri);
    }

    @AssertTrue(message = "with an issuer-uri, client-id and client-secret are needed too")
    public boolean isClientGiven() {
        return !configured() || StringUtils.hasText(clientId) && StringUtils.hasText(clientSecret);
    }

    @AssertTrue(message = "with an issuer-uri, roles must map at least one claim value to a role, each as "
            + "value=admin or value=staff")
    public boolean isRoleMappingValid() {
        return !configured() || !roles.isEmpty() && roles.stream().allMatch(entry -> entry.contains("=")
                && StaffRole.of(entry.substring(entry.lastIndexOf('=') + 1).strip()).isPresent()
                && !entry.substring(0, entry.lastIndexOf('=')).isBlank());
    }

    @AssertTrue(message = "scopes must include openid")
    public boolean isOpenIdScope() {
        return scopes.contains("openid");
    }

    /** The role for a staff member whose role claim holds {@code values}: admin before staff, none when unmapped. */
    Optional<StaffRole> roleFor(Collection<String> values) {
        Map<String, StaffRole> mapping = new LinkedHashMap<>();
        roles.forEach(entry -> mapping.put(entry.substring(0, entry.lastIndexOf('=')).strip(),
                StaffRole.of(entry.substring(entry.lastIndexOf('=') + 1).strip()).orElseThrow()));
        return values.stream().map(mapping::get).filter(role -> role != null)
                .min(Enum::compareTo);
    }

    /** Whether the department comes from a claim; otherwise every such account is in the default department. */
    boolean departmentFromClaim() {
        return StringUtils.hasText(departmentClaim);
    }
}
