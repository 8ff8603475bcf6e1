package jp.miyazaki.kyodo.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * WireMock standing in for LINE's Messaging API. Every request the bot sends is validated against LINE's own
 * OpenAPI document ({@code ../shared/line-openapi/messaging-api.yml}, or the file named by the system property
 * {@code kyodo.line-openapi}) when that file exists; {@link #violations()} lists what did not conform.
 */
public final class LineApiMock implements AutoCloseable {

    public static final String REPLY = "/v2/bot/message/reply";
    public static final String PUSH = "/v2/bot/message/push";
    public static final String MULTICAST = "/v2/bot/message/multicast";
    public static final String LOADING = "/v2/bot/chat/loading/start";
    public static final String RICH_MENU = "/v2/bot/richmenu";
    /** A citizen's profile is {@code GET PROFILE + userId}. */
    public static final String PROFILE = "/v2/bot/profile/";
    /** The id the stand-in gives every new rich menu. */
    public static final String RICH_MENU_ID = "richmenu-88c05ef6921ae53f8b58a25f3a65faf7";
    /** On LINE this is on api-data.line.me; here one server plays both hosts. */
    public static final String RICH_MENU_CONTENT = "/v2/bot/richmenu/" + RICH_MENU_ID + "/content";
    public static final String DEFAULT_RICH_MENU = "/v2/bot/user/all/richmenu/" + RICH_MENU_ID;

    private static final String SENT = "{\"sentMessages\":[{\"id\":\"461230966842064897\",\"quoteToken\":\"q\"}]}";

    private final WireMockServer server;
    private final LineOpenApi specification;
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final LineRetryKeys retryKeys = new LineRetryKeys();

    private LineApiMock(boolean validate) {
        this.server = new WireMockServer(options().dynamicPort().containerThreads(32).jettyAcceptors(2)
                .extensions(retryKeys));
        this.specification = validate ? LineOpenApi.shared().orElse(null) : null;
        server.addMockServiceRequestListener((request, response) -> validate(request));
        server.start();
        stubDefaults();
    }

    public static LineApiMock start() {
        return new LineApiMock(true);
    }

    /** Without the OpenAPI check, for benchmarks, where validating every request would compete for the CPU. */
    public static LineApiMock startWithoutValidation() {
        return new LineApiMock(false);
    }

    public boolean validating() {
        return specification != null;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public WireMockServer server() {
        return server;
    }

    /** Forgets every request and stub, then answers like LINE does when all is well. */
    public void reset() {
        server.resetAll();
        violations.clear();
        retryKeys.forget();
        stubDefaults();
    }

    /** From now on answers a repeated {@code X-Line-Retry-Key} on {@code path} with 409, as LINE does. */
    public LineRetryKeys rememberRetryKeys(String path) {
        server.stubFor(post(urlPathEqualTo(path)).atPriority(5)
                .willReturn(json(200, path.equals(MULTICAST) ? "{}" : SENT).withTransformers(LineRetryKeys.NAME)));
        return retryKeys;
    }

    public void stub(MappingBuilder mapping) {
        server.stubFor(mapping);
    }

    public List<LoggedRequest> requests(String path) {
        return server.findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    /** The bodies of the pushes addressed to this citizen, oldest first. */
    public List<String> pushesTo(String userId) {
        return requests(PUSH).stream().map(LoggedRequest::getBodyAsString)
                .filter(body -> body.contains("\"to\":\"" + userId + "\"")).toList();
    }

        public List<String> violations() {
        return List.copyOf(violations);
    }

    /** From now on LINE's profile of this citizen says {@code language} (by default every profile says ja). */
    public void profileLanguage(String userId, String language) {
        server.stubFor(get(urlPathEqualTo(PROFILE + userId)).atPriority(5).willReturn(json(200,
                "{\"userId\":\"" + userId + "\",\"displayName\":\"Test\",\"language\":\"" + language + "\"}")));
    }

    /** How many times the bot read this citizen's profile. */
    public int profileReads(String userId) {
        return server.findAll(getRequestedFor(urlPathEqualTo(PROFILE + userId))).size();
    }

    private void stubDefaults() {
        server.stubFor(get(urlPathMatching(PROFILE + "[^/]+")).atPriority(10)
                .willReturn(json(200, "{\"userId\":\"U0\",\"displayName\":\"Test\",\"language\":\"ja\"}")));
        server.stubFor(post(urlPathEqualTo(REPLY)).atPriority(10).willReturn(json(200, SENT)));
        server.stubFor(post(urlPathEqualTo(PUSH)).atPriority(10).willReturn(json(200, SENT)));
        server.stubFor(post(urlPathEqualTo(MULTICAST)).atPriority(10).willReturn(json(200, "{}")));
        server.stubFor(post(urlPathEqualTo(LOADING)).atPriority(10).willReturn(json(202, "{}")));
        server.stubFor(post(urlPathEqualTo(RICH_MENU)).atPriority(10)
                .willReturn(json(200, "{\"richMenuId\":\"" + RICH_MENU_ID + "\"}")));
        server.stubFor(post(urlPathEqualTo(RICH_MENU_CONTENT)).atPriority(10).willReturn(json(200, "{}")));
        server.stubFor(post(urlPathEqualTo(DEFAULT_RICH_MENU)).atPriority(10).willReturn(json(200, "{}")));
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private void validate(com.github.tomakehurst.wiremock.http.Request request) {
        if (specification == null) {
            return;
        }
        SimpleRequest.Builder builder = new SimpleRequest.Builder(Request.Method.valueOf(request.getMethod().value()),
                request.getUrl().replaceFirst("\\?.*$", ""));
        for (HttpHeader header : request.getHeaders().all()) {
            builder.withHeader(header.key(), header.values());
        }
        if (request.getBody().length > 0) {
            builder.withBody(request.getBodyAsString());
        }
        violations.addAll(specification.violations(builder.build()));
    }

    @Override
    public void close() {
        server.stop();
    }
}
