package jp.miyazaki.kyodo.simulator;

import java.net.URI;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jp.miyazaki.kyodo.line.LineMessageJson;
import jp.miyazaki.kyodo.line.LocalOutbox;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/simulator/messages}: one simulated LINE event in, the LINE messages the bot would send out.
 * Bad input is a 400 problem, a busy citizen 409, Redis down 503; never a stack trace.
 */
@RestController
class SimulatorApiController {

    private static final Logger log = LoggerFactory.getLogger(SimulatorApiController.class);

    private final SimulatedChat chat;
    private final LineMessageJson json;
    private final LocalOutbox outbox;

    SimulatorApiController(SimulatedChat chat, LineMessageJson json, LocalOutbox outbox) {
        this.chat = chat;
        this.json = json;
        this.outbox = outbox;
    }

    @PostMapping("/api/simulator/messages")
    ResponseEntity<String> messages(@RequestBody SimulatorRequest request) {
        String body = json.document(chat.handle(request.userId(), request.toInput(),
                request.profileLanguage()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /**
     * What reached the citizen without being asked for — notices, reminders, staff answers — since the page last
     * looked: in local mode these are kept for the simulator instead of pushed to LINE.
     */
    @GetMapping("/api/simulator/inbox")
    InboxView inbox(@RequestParam String userId) {
        return new InboxView(outbox.take(SimulatorRequest.validUserId(userId)));
    }

    /** LINE message objects pushed to the citizen, oldest first. */
    record InboxView(List<JsonNode> messages) {
    }

    @ExceptionHandler(InvalidSimulatorRequest.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSimulatorRequest e) {
        return SimulatorProblems.of(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(SimulatorBusy.class)
    ResponseEntity<ProblemDetail> busy(SimulatorBusy e) {
        return SimulatorProblems.of(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> redisDown(DataAccessException e) {
        log.error("Redis unavailable for a simulated event: {}", e.getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(SimulatorProblems.detail(HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable."));
    }

    /** RFC 9457 bodies for the simulator's answers. */
    static final class SimulatorProblems {

        private SimulatorProblems() {
        }

        static ResponseEntity<ProblemDetail> of(HttpStatus status, String detail) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(detail(status, detail));
        }

        static ProblemDetail detail(HttpStatus status, String detail) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setType(URI.create("about:blank"));
            return problem;
        }
    }
}
