package jp.miyazaki.kyodo.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;

import org.yaml.snakeyaml.Yaml;

/**
 * LINE's official OpenAPI document of the Messaging API ({@code ../shared/line-openapi/messaging-api.yml}, or the
 * file named by the system property {@code kyodo.line-openapi}), as a check of requests the bot would send. Loaded
 * once per JVM; absent when the file is not beside this checkout.
 */
public final class LineOpenApi {

    private static final Optional<LineOpenApi> SHARED = specification().map(LineOpenApi::new);

    private final OpenApiInteractionValidator validator;

    private LineOpenApi(Path spec) {
        this.validator = OpenApiInteractionValidator.createForSpecificationUrl(normalised(spec).toUri().toString())
                .build();
    }

    public static Optional<LineOpenApi> shared() {
        return SHARED;
    }

    /** LINE's OpenAPI document, if this checkout has it beside it. */
    public static Optional<Path> specification() {
        Path spec = Path.of(System.getProperty("kyodo.line-openapi", "../shared/line-openapi/messaging-api.yml"));
        return Files.isRegularFile(spec) ? Optional.of(spec) : Optional.empty();
    }

    /** What in the request breaks LINE's document; empty when it conforms. */
    public List<String> violations(SimpleRequest request) {
        ValidationReport report = validator.validateRequest(request);
        List<String> violations = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            StringBuilder text = new StringBuilder(request.getMethod() + " " + request.getPath() + ": "
                    + message.getKey() + " " + message.getMessage());
            message.getNestedMessages().forEach(nested -> text.append(" / ").append(nested.getMessage()));
            violations.add(text.toString());
        }
        return violations;
    }

    /** The violations of a push of {@code messagesDocument}, a JSON object {@code {"messages": [...]}}. */
    public List<String> violationsOfPush(String messagesDocument) {
        return violations(new SimpleRequest.Builder(Request.Method.POST, "/v2/bot/message/push")
                .withContentType("application/json")
                .withAuthorization("Bearer token")
                .withBody("{\"to\":\"U0123456789abcdef0123456789abcdef\"," + messagesDocument.strip().substring(1))
                .build());
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
            map.values().forEach(LineOpenApi::requireDiscriminators);
        } else if (node instanceof List<?> list) {
            list.forEach(LineOpenApi::requireDiscriminators);
        }
    }
}
