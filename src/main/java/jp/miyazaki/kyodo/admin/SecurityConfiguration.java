package jp.miyazaki.kyodo.admin;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.line.LineProperties;

/**
 * Four doors. The admin API ({@code /api/admin/**}, the OpenAPI documents) is stateless: HTTP Basic or a staff
 * API token, no session and so no CSRF; refusals are problem JSON. The console ({@code /admin/**}) signs in with
 * a form, keeps a session (in Redis, shared by every instance), re-checks on every request that the account still
 * exists with its role, and requires a CSRF token on every form post. A local account with a second factor gives
 * its TOTP code after the password ({@link SecondFactorSignIn}); when the city's identity provider is configured
 * ({@link StaffOidcProperties}) staff may sign in there instead (OpenID Connect, {@link CityIdentityProvider}).
 * An account with a second factor cannot use HTTP Basic on the API (a password alone): it uses an API token. Everything else — {@code /callback}
 * (LINE signs it), health, the simulator, NLU and static assets — stays open, without sessions or CSRF; the
 * Prometheus endpoint wants its scrape token.
 * Security headers are on everywhere.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfiguration {

    /**
     * The console's pages load scripts and styles from the app only, never inline script. Style attributes stay
     * allowed: the bar charts set their widths that way, and a style attribute cannot run code.
     */
    static final String CONSOLE_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String[] API = {"/api/admin/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    @Bean
    static PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager staffAuthentication(StaffAccounts accounts, PasswordEncoder passwords,
            LoginThrottle throttle) {
        DaoAuthenticationProvider byPassword = new DaoAuthenticationProvider(accounts);
        byPassword.setPasswordEncoder(passwords);
        ProviderManager manager = new ProviderManager(new ThrottledAuthentication(byPassword, throttle));
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain adminApi(HttpSecurity http, AuthenticationManager staffAuthentication, StaffTokens tokens,
            StaffAccounts accounts, JsonMapper json, BeanFactory beans) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        AuthenticationManager passwordAlone = attempt -> {
            Authentication signedIn = staffAuthentication.authenticate(attempt);
            if (accounts.find(signedIn.getName()).filter(accounts::needsSecondFactor).isPresent()) {
                throw new BadCredentialsException("this account has a second factor: use an API token");
            }
            return signedIn;
        };
        http.securityMatcher(API)
                .authenticationManager(passwordAlone)
                // Operations for admins only are marked @AdminOnly; refused here before the body is read, and by
                // method security again.
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(new AdminOnlyRequests(beans)).hasRole(StaffRole.ADMIN.name())
                        .anyRequest().hasAnyRole(StaffRole.ADMIN.name(), StaffRole.STAFF.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new BearerTokenAuthentication(tokens, accounts, problems),
                        BasicAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http, AuthenticationManager staffAuthentication, StaffAccounts accounts,
            SecondFactorSignIn secondFactor, StaffOidcProperties oidc, CityIdentityProvider city) throws Exception {
        // Passwords by the staff accounts' manager; the sign-in with the identity provider adds its own providers.
        http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(staffAuthentication);
        http.securityMatcher("/admin", "/admin/**")
                .securityContext(context -> context.securityContextRepository(secondFactor.contexts()))
                .addFilterBefore(new StaffStillValid(accounts), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/login", "/admin/login/**").permitAll()
                        .requestMatchers("/admin/staff", "/admin/staff/**", "/admin/rich-menu/install",
                                "/admin/rich-menu/labels")
                        .hasRole(StaffRole.ADMIN.name())
                        .anyRequest().hasAnyRole(StaffRole.ADMIN.name(), StaffRole.STAFF.name()))
                .formLogin(form -> form.loginPage("/admin/login").loginProcessingUrl("/admin/login")
                        .successHandler(secondFactor).failureUrl("/admin/login?error"))
                .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp ->
                        csp.policyDirectives(CONSOLE_CONTENT_SECURITY_POLICY)));
        if (oidc.configured()) {
            // The access token is not used after sign-in; it stays in the session (Redis), not in memory.
            http.oauth2Login(login -> login.loginPage("/admin/login")
                    .clientRegistrationRepository(city.registrations())
                    .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                    .authorizationEndpoint(endpoint -> endpoint.baseUri("/admin/login/oauth2/authorization"))
                    .redirectionEndpoint(endpoint -> endpoint.baseUri("/admin/login/oauth2/code/*"))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(city))
                    .defaultSuccessUrl("/admin", true)
                    .failureHandler((request, response, failure) -> response.sendRedirect(
                            "/admin/login?refused=" + StaffSignInController.refusalShown(failure))));
        }
        return http.build();
    }

    /** Prometheus scrapes with {@code KYODO_METRICS_TOKEN} as a bearer token (see {@link MetricsProperties}). */
    @Bean
    @Order(3)
    SecurityFilterChain metrics(HttpSecurity http, MetricsProperties metrics, LineProperties line) throws Exception {
        http.securityMatcher("/actuator/prometheus")
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .access(new ScrapeToken(metrics, !line.configured())))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, failure) -> {
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kyodo-metrics\"");
                    response.sendError(HttpStatus.UNAUTHORIZED.value());
                }))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.securityMatcher("/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
