package jp.miyazaki.kyodo.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.yaml.snakeyaml.Yaml;

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
    /** The id the stand-in gives every new rich menu. */
    public static final String RICH_MENU_ID = "richmenu-88c05ef6921ae53f8b58a25f3a65faf7";
    /** On LINE this is on api-data.line.me; here one server plays both hosts. */
    public static final String RICH_MENU_CONTENT = "/v2/bot/richmenu/" + RICH_MENU_ID + "/content";
    public static final String DEFAULT_RICH_MENU = "/v2/bot/user/all/richmenu/" + RICH_MENU_ID;

    private static final String SENT = "{\"sentMessages\":[{\"id\":\"461230966842064897\",\"quoteToken\":\"q\"}]}";

    private final WireMockServer server;
    private final OpenApiInteractionValidator validator;
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final LineRetryKeys retryKeys = new LineRetryKeys();

    private LineApiMock(boolean validate) {
        this.server = new WireMockServer(options().dynamicPort().containerThreads(32).jettyAcceptors(2)
                .extensions(retryKeys));
        this.validator = specification().filter(spec -> validate)
                .map(spec -> OpenApiInteractionValidator
                        .createForSpecificationUrl(normalised(spec).toUri().toString())
                        .build())
                .orElse(null);
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

    /** LINE's OpenAPI document, if this checkout has it beside it. */
    public static java.util.Optional<Path> specification() {
        Path spec = Path.of(System.getProperty("kyodo.line-openapi", "../shared/line-openapi/messaging-api.yml"));
        return Files.isRegularFile(spec) ? java.util.Optional.of(spec) : java.util.Optional.empty();
    }

    /**
     * Two faithful rewrites of LINE's document that this validator needs to check anything at all. LINE names
     * {@code type} as the discriminator of messages and actions without listing it as required (LINE refuses
     * objects without it anyway). And each message or action type is an {@code allOf} of the base and its own
     * fields, which the validator checks part by part, so every field looks "not allowed" to one part; merging
     * each {@code allOf} into one schema keeps every rule while letting unknown fields still be caught.
     */
    @SuppressWarnings("unchecked")
    private static Path normalised(Path spec) {
        try {
            Map<String, Object> document = new Yaml().load(Files.readString(spec));
            Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components"))
                    .get("schemas");
            requireDiscriminators(document);
            for (Map.Entry<String, Object> entry : schemas.entrySet()) {
                entry.setValue(mergeAllOf((Map<String, Object>) entry.getValue(), schemas));
            }
            Path patched = Files.createTempFile("messaging-api", ".yml");
            patched.toFile().deleteOnExit();
            Files.writeString(patched, new Yaml().dump(document));
            return patched;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mergeAllOf(Map<String, Object> schema, Map<String, Object> schemas) {
        if (!(schema.get("allOf") instanceof List<?> parts)) {
            return schema;
        }
        Map<String, Object> merged = new java.util.LinkedHashMap<>(schema);
        merged.remove("allOf");
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        List<Object> required = new ArrayList<>();
        for (Object part : parts) {
            Map<String, Object> resolved = (Map<String, Object>) part;
            if (resolved.get("$ref") instanceof String ref) {
                resolved = mergeAllOf((Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1)),
                        schemas);
            }
            if (resolved.get("properties") instanceof Map<?, ?> own) {
                properties.putAll((Map<String, Object>) own);
            }
            if (resolved.get("required") instanceof List<?> own) {
                own.stream().filter(name -> !required.contains(name)).forEach(required::add);
            }
        }
        if (merged.get("properties") instanceof Map<?, ?> own) {
            properties.putAll((Map<String, Object>) own);
        }
        if (merged.get("required") instanceof List<?> own) {
            own.stream().filter(name -> !required.contains(name)).forEach(required::add);
        }
        merged.put("type", "object");
        merged.put("properties", properties);
        if (!required.isEmpty()) {
            merged.put("required", required);
        }
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static void requireDiscriminators(Object node) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("discriminator") instanceof Map<?, ?> discriminator
                    && discriminator.get("propertyName") instanceof String property) {
                Map<String, Object> schema = (Map<String, Object>) map;
                List<Object> required = schema.get("required") instanceof List<?> list
                        ? new ArrayList<>(list) : new ArrayList<>();
                if (!required.contains(property)) {
                    required.add(property);
                }
                schema.put("required", required);
            }
            map.values().forEach(LineApiMock::requireDiscriminators);
        } else if (node instanceof List<?> list) {
            list.forEach(LineApiMock::requireDiscriminators);
        }
    }

    public boolean validating() {
        return validator != null;
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

    public List<String> violations() {
        return List.copyOf(violations);
    }

    private void stubDefaults() {
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
        if (validator == null) {
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
        ValidationReport report = validator.validateRequest(builder.build());
        if (report.hasErrors()) {
            report.getMessages().forEach(message -> violations.add(request.getMethod() + " " + request.getUrl()
                    + ": " + message.getKey() + " " + message.getMessage() + String.join("; ", message.getNestedMessages().stream()
                            .map(nested -> " / " + nested.getMessage() + nested.getNestedMessages().stream()
                                    .map(deeper -> " // " + deeper.getMessage()).toList())
                            .toList())));
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
