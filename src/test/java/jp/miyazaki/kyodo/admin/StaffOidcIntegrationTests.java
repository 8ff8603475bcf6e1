package jp.miyazaki.kyodo.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.redis.core.RedisCallback;

import jp.miyazaki.kyodo.catalog.SampleCatalogLoader;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;
import jp.miyazaki.kyodo.testsupport.RunningBot;

/**
 * Staff sign in with the city's identity provider: the app, started with the shipped configuration and an issuer,
 * against a mock OpenID Connect provider (WireMock: discovery, JWKS, an authorization endpoint that redirects
 * back, a token endpoint answering an RS256-signed id_token). A browser goes the real way — the console's
 * button, the provider, the callback — and arrives with the role and department its claims map to; someone
 * without a mapped role, or of an unknown department, is refused with the reason on the login page.
 */
@ExtendWith(OutputCaptureExtension.class)
class StaffOidcIntegrationTests {

    private static final String CLIENT_ID = "kyodo-console";
    private static final String CLIENT_SECRET = "mock-provider-client-secret";

    private static RSAKey signingKey;
    private static WireMockServer provider;
    private static LineApiMock line;
    private static RedisTestServer redis;
    private static RunningBot bot;

    @BeforeAll
    static void startTheProviderAndTheBot() throws JOSEException {
        signingKey = new RSAKeyGenerator(2048).keyID("mock-provider-key").generate();
        provider = new WireMockServer(options().dynamicPort());
        provider.start();
        String issuer = issuer();
        provider.stubFor(get("/.well-known/openid-configuration").willReturn(okJson("""
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                 "jwks_uri": "%1$s/jwks", "response_types_supported": ["code"], "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"], "scopes_supported": ["openid", "profile"],
                 "token_endpoint_auth_methods_supported": ["client_secret_basic"]}
                """.formatted(issuer))));
        provider.stubFor(get("/jwks").willReturn(okJson(new JWKSet(signingKey.toPublicJWK()).toString())));
        // The staff member has signed in at the provider: it sends the browser back with a code.
        provider.stubFor(get(urlPathEqualTo("/authorize")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{request.query.redirect_uri}}?code=mock-code&state={{request.query.state}}")
                .withTransformers("response-template")));
        line = LineApiMock.start();
        redis = RedisTestServer.start();
        bot = RunningBot.start(redis, line, "--kyodo.staff.oidc.issuer-uri=" + issuer,
                "--kyodo.staff.oidc.client-id=" + CLIENT_ID, "--kyodo.staff.oidc.client-secret=" + CLIENT_SECRET,
                "--kyodo.staff.oidc.role-claim=groups", "--kyodo.staff.oidc.department-claim=department",
                "--kyodo.staff.oidc.roles=kyodo-staff=staff,kyodo-admins=admin");
    }

    @AfterAll
    static void stopThem() {
        bot.close();
        redis.stop();
        line.close();
        provider.stop();
    }

    @BeforeEach
    void emptyRedisButTheSampleCatalog() {
        bot.redis().execute((RedisCallback<Object>) connection -> {
            connection.serverCommands().flushAll();
            return null;
        });
        bot.bean(SampleCatalogLoader.class).loadIfEmpty();
    }

    @Test
    void aStaffMemberSignsInWithTheirDepartmentAndChangesOnlyItsItems(CapturedOutput log) throws JOSEException {
        ConsoleSession sato = new ConsoleSession(bot.port());
        assertThat(sato.get("/admin/login").body()).contains("市のIDでログイン")
                .contains("/admin/login/oauth2/authorization/city");

        SignIn signIn = signIn(sato, Map.of("preferred_username", "sato.k", "groups", List.of("kyodo-staff"),
                "department", "環境保全課"));

        assertThat(location(signIn.callback())).endsWith("/admin");
        HttpResponse<String> home = sato.get("/admin");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("sato.k さん").contains("環境保全課");
        StaffAccount account = bot.bean(StaffAccounts.class).find("sato.k").orElseThrow();
        assertThat(account.role()).isEqualTo(StaffRole.STAFF);
        assertThat(account.department()).isEqualTo("環境保全課");
        assertThat(account.fromIdentityProvider()).isTrue();
        assertThat(departmentChoices(sato.get("/admin/opportunities/new").body())).containsExactly("環境保全課");
        assertThat(sato.get("/admin/opportunities").body()).contains("の担当（閲覧のみ）")
                .doesNotContain("環境保全課の担当（閲覧のみ）");
        assertThat(sato.get("/admin/staff").statusCode()).as("not an admin").isEqualTo(403);
        provider.verify(postRequestedFor(urlPathEqualTo("/token")).withBasicAuth(
                new com.github.tomakehurst.wiremock.client.BasicCredentials(CLIENT_ID, CLIENT_SECRET)));
        AuditLog.AuditEntry signedIn = bot.bean(AuditLog.class).latest(1).get(0);
        assertThat(signedIn.action()).isEqualTo("staff.oidc-sign-in");
        assertThat(signedIn.actor()).isEqualTo("sato.k");
        assertThat(signedIn.detail()).isEqualTo("役割: 職員、部署: 環境保全課");
        assertThat(log.getAll()).doesNotContain(signIn.idToken()).doesNotContain("mock-code")
                .doesNotContain(CLIENT_SECRET);
    }

    @Test
    void anAdminGroupMakesAnAdminWhoSeesEveryDepartment() throws JOSEException {
        ConsoleSession kimura = new ConsoleSession(bot.port());
        signIn(kimura, Map.of("preferred_username", "kimura", "groups", List.of("kyodo-staff", "kyodo-admins"),
                "department", "危機管理課"));

        assertThat(kimura.get("/admin/staff").statusCode()).isEqualTo(200);
        assertThat(kimura.get("/admin/staff").body()).contains("市のID");
        assertThat(departmentChoices(kimura.get("/admin/opportunities/new").body())).contains("環境保全課", "危機管理課",
                "市民活動推進課");
    }

    @Test
    void someoneWithoutAMappedRoleIsRefusedWithTheReason() throws JOSEException {
        ConsoleSession visitor = new ConsoleSession(bot.port());
        SignIn signIn = signIn(visitor, Map.of("preferred_username", "visitor", "groups", List.of("citizens"),
                "department", "環境保全課"));

        assertThat(location(signIn.callback())).endsWith("/admin/login?refused=role");
        HttpResponse<String> page = visitor.getPage("/admin/login?refused=role");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("このコンソールを使う役割が割り当てられていません");
        assertThat(visitor.get("/admin").statusCode()).isEqualTo(302);
        assertThat(bot.bean(StaffAccounts.class).find("visitor")).isEmpty();
    }

    @Test
    void anUnknownDepartmentOrALocalAccountsUsernameIsRefused() throws JOSEException {
        SignIn unknown = signIn(new ConsoleSession(bot.port()), Map.of("preferred_username", "tanaka",
                "groups", List.of("kyodo-staff"), "department", "存在しない課"));
        assertThat(location(unknown.callback())).endsWith("/admin/login?refused=department");

        bot.bean(StaffAccounts.class).create("local.admin", "local admin password 1", StaffRole.ADMIN, "test",
                Instant.now());
        SignIn takeover = signIn(new ConsoleSession(bot.port()), Map.of("preferred_username", "local.admin",
                "groups", List.of("kyodo-staff"), "department", "環境保全課"));
        assertThat(location(takeover.callback())).endsWith("/admin/login?refused=local");
        assertThat(bot.bean(StaffAccounts.class).find("local.admin").orElseThrow().role()).isEqualTo(StaffRole.ADMIN);

        ConsoleSession local = ConsoleSession.signedIn(bot.port(), "local.admin", "local admin password 1");
        assertThat(local.get("/admin/staff").statusCode()).as("local accounts work beside the provider")
                .isEqualTo(200);
    }

    /** The browser's way: the console's button, the provider's authorization endpoint, back to the callback. */
    private static SignIn signIn(ConsoleSession browser, Map<String, Object> claims) throws JOSEException {
        URI authorize = URI.create(location(browser.get("/admin/login/oauth2/authorization/city")));
        assertThat(authorize.toString()).startsWith(issuer() + "/authorize");
        Map<String, String> request = query(authorize);
        assertThat(request).containsEntry("client_id", CLIENT_ID).containsEntry("response_type", "code")
                .containsEntry("redirect_uri", "http://127.0.0.1:" + bot.port() + "/admin/login/oauth2/code/city");
        String idToken = idToken(claims, request.get("nonce"));
        provider.stubFor(post("/token").willReturn(okJson("""
                {"access_token": "mock-access-token", "token_type": "Bearer", "expires_in": 300,
                 "scope": "openid profile", "id_token": "%s"}
                """.formatted(idToken))));
        URI callback = URI.create(location(browser.get(authorize)));
        return new SignIn(browser.get(callback), idToken);
    }

    private static String idToken(Map<String, Object> claims, String nonce) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet.Builder token = new JWTClaimsSet.Builder().issuer(issuer())
                .subject("subject-" + claims.get("preferred_username")).audience(CLIENT_ID)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).claim("nonce", nonce);
        claims.forEach(token::claim);
        SignedJWT signed = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
                .build(), token.build());
        signed.sign(new RSASSASigner(signingKey));
        return signed.serialize();
    }

    private static String issuer() {
        return "http://127.0.0.1:" + provider.port();
    }

    private static Map<String, String> query(URI address) {
        return Arrays.stream(address.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0],
                        pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    private static List<String> departmentChoices(String form) {
        Matcher select = Pattern.compile("<select id=\"department\" name=\"department\">(.*?)</select>",
                Pattern.DOTALL).matcher(form);
        assertThat(select.find()).as("the form's department picker").isTrue();
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\"").matcher(select.group(1));
        List<String> values = new java.util.ArrayList<>();
        while (option.find()) {
            values.add(option.group(1));
        }
        return values;
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("a redirect").isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private record SignIn(HttpResponse<String> callback, String idToken) {
    }
}
