package jp.miyazaki.kyodo.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.Event;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * LINE's webhook. Answers within milliseconds: 200 once the events are safely queued, 400 for a bad signature or
 * body, 413 for an oversized body, 503 when the bot cannot take events now (local mode, Redis down), so LINE
 * delivers them again later. Problems are RFC 9457 JSON, never a stack trace.
 */
@RestController
class CallbackController {

    private static final Logger log = LoggerFactory.getLogger(CallbackController.class);

    private final WebhookRequestReader reader;
    private final WebhookIntake intake;
    private final WebhookProperties properties;

    CallbackController(ObjectProvider<WebhookParser> parser, WebhookIntake intake, WebhookProperties properties) {
        WebhookParser available = parser.getIfAvailable();
        this.reader = available == null ? null : new WebhookRequestReader(available);
        this.intake = intake;
        this.properties = properties;
    }

    @PostMapping("/callback")
    ResponseEntity<?> callback(@RequestHeader(name = WebhookParser.SIGNATURE_HEADER_NAME, required = false)
            String signature, HttpServletRequest request) {
        if (reader == null) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE,
                    "Local mode: LINE_CHANNEL_SECRET and LINE_CHANNEL_TOKEN are not set, so webhooks are not taken.");
        }
        long limit = properties.maxBodySize().toBytes();
        if (request.getContentLengthLong() > limit) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "The body is larger than " + limit + " bytes.");
        }
        byte[] body;
        try {
            body = readAtMost(request.getInputStream(), limit);
        } catch (IOException e) {
            return problem(HttpStatus.BAD_REQUEST, "The body could not be read.");
        }
        if (body == null) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "The body is larger than " + limit + " bytes.");
        }
        List<Event> events;
        try {
            events = reader.read(signature, body);
        } catch (WebhookRequestReader.Rejected e) {
            log.warn("refused a webhook request: {}", e.getMessage());
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        try {
            intake.accept(events);
        } catch (DataAccessException e) {
            log.error("Redis unavailable; asking LINE to redeliver: {}", e.getClass().getSimpleName());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .body(detail(HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unable to take events."));
        }
        return ResponseEntity.ok().build();
    }

    /** The body, or {@code null} when it is longer than {@code limit} (a client may omit Content-Length). */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) limit + 1);
        return bytes.length > limit ? null : bytes;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(detail(status, detail));
    }

    private static ProblemDetail detail(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create("/callback"));
        return problem;
    }
}
