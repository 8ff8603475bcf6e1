package jp.miyazaki.kyodo.consultation;

import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jp.miyazaki.kyodo.admin.StaffApi;
import jp.miyazaki.kyodo.consultation.InboxQuery.StatusFilter;

/**
 * The consultation inbox: list (by status, assignee and words), counts, one in full with its thread (audited),
 * assign to a colleague, answer the citizen on LINE, close. The console ({@link ConsultationConsoleController})
 * does the same through the same services ({@link ConsultationInbox}, {@link ConsultationAnswers}), with the same
 * refusals and audit entries.
 */
@StaffApi
@RestController
@RequestMapping("/api/admin/consultations")
@Validated
@Tag(name = "consultations")
public class ConsultationAdminController {

    private final ConsultationInbox inbox;
    private final ConsultationAnswers answers;

    public ConsultationAdminController(ConsultationInbox inbox, ConsultationAnswers answers) {
        this.inbox = inbox;
        this.answers = answers;
    }

    @GetMapping
    @Operation(summary = "The inbox, newest first. status: open (not closed), all, new, assigned, answered, matched "
            + "or closed (default all); assignee: a staff username, or none for the unassigned; q: part of the "
            + "受付番号 (C000012) or of what was written")
    public List<ConsultationView> list(
            @RequestParam(required = false) @Pattern(regexp = StatusFilter.IDS,
                    message = "open, all, new, assigned, answered, matched or closed") String status,
            @RequestParam(required = false) @Size(max = 32) String assignee,
            @RequestParam(required = false) @Size(max = 200) String q) {
        List<Consultation> listed = inbox.list(query(status, assignee, q));
        Map<String, String> languages = inbox.languages(listed);
        return listed.stream().map(c -> ConsultationView.of(c, languages.get(c.id()))).toList();
    }

    @GetMapping("/counts")
    @Operation(summary = "How many each status lists for the same assignee and q: {\"open\": n, \"new\": n, …, "
            + "\"all\": n}")
    public Map<String, Integer> counts(@RequestParam(required = false) @Size(max = 32) String assignee,
            @RequestParam(required = false) @Size(max = 200) String q) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        inbox.counts(query(null, assignee, q)).forEach((choice, count) -> counts.put(choice.id(), count));
        return counts;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One consultation with its contact and thread; the reading is written to the audit log")
    public ConsultationView get(@PathVariable String id, Principal staff) {
        return view(inbox.read(id, staff.getName()));
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Assigns the consultation to a colleague (a new one becomes assigned); 422 when no such "
            + "staff account, 409 when closed")
    public ConsultationView assign(@PathVariable String id, @RequestBody Assignment request,
            Principal staff) {
        return view(inbox.assign(id, request.assignee(), staff.getName()));
    }

    @PostMapping("/{id}/reply")
    @Operation(summary = "Answers the citizen by LINE push and adds the answer to the thread; 502 when LINE did not "
            + "take it, 409 when closed, 400 when empty or over 500 characters")
    public ConsultationView reply(@PathVariable String id, @RequestBody Answer request, Principal staff) {
        ConsultationAnswers.Answered answered = answers.answer(id, staff.getName(), request.text());
        if (!answered.delivered()) {
            throw new ResponseStatusException(HttpStatus.BAD_GATEWAY, "LINE did not accept the answer: "
                    + answered.delivery().name().toLowerCase());
        }
        return view(answered.consultation());
    }

    @PostMapping("/{id}/close")
    public ConsultationView close(@PathVariable String id, Principal staff) {
        return view(inbox.changeStatus(id, ConsultationStatus.CLOSED, staff.getName()));
    }

    @ExceptionHandler(ConsultationRefused.class)
    ProblemDetail refused(ConsultationRefused refusal) {
        HttpStatus status = switch (refusal.reason()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CLOSED -> HttpStatus.CONFLICT;
            case NO_SUCH_STAFF -> HttpStatus.UNPROCESSABLE_CONTENT;
            case EMPTY_ANSWER, ANSWER_TOO_LONG -> HttpStatus.BAD_REQUEST;
        };
        return ProblemDetail.forStatusAndDetail(status, refusal.getMessage());
    }

    private ConsultationView view(Consultation consultation) {
        return ConsultationView.of(consultation, inbox.language(consultation));
    }

    private static InboxQuery query(String status, String assignee, String q) {
        return new InboxQuery(StatusFilter.parse(status).orElse(StatusFilter.ALL), assignee, q);
    }

    /** A colleague's username; {@link ConsultationInbox} refuses one that is no staff account, as for the console. */
    public record Assignment(String assignee) {
    }

    /**
     * An answer to the citizen, at most {@link ConsultationAnswers#MAX_ANSWER} characters; the limits are
     * {@link ConsultationAnswers}', as for the console.
     */
    public record Answer(String text) {
    }

    /**
     * A consultation for staff; the LINE user id stays inside the app. {@code id} is the 受付番号 the citizen was
     * told; {@code field} the expertise it needs, {@code district} where the group is active ({@code null}: whole
     * city or not known), {@code expertId} the expert it was matched with, {@code thread} what the citizen wrote
     * and every answer sent, oldest first; {@code language} the citizen's ({@code ja}, {@code en} or
     * {@code ja-easy}): answer a citizen whose language is {@code en} in English.
     */
    public record ConsultationView(String id, String topic, String topicLabel, String description,
            String contactPreference, String contact, String status, String statusLabel, String assignee,
            Instant createdAt, Instant updatedAt, String field, String fieldLabel, String district, String expertId,
            String language, List<MessageView> thread) {
        public static ConsultationView of(Consultation c, String language) {
            return new ConsultationView(c.id(), c.topic() == null ? null : c.topic().id(),
                    c.topic() == null ? null : c.topic().label(), c.description(), c.contactPreference(),
                    c.contact(), c.status().id(), c.status().label(), c.assignee(), c.createdAt(), c.updatedAt(),
                    c.field() == null ? null : c.field().id(), c.field() == null ? null : c.field().label(),
                    c.district(), c.expertId(), language, c.thread().stream().map(MessageView::of).toList());
        }
    }

    /** One message of the thread: {@code from} is citizen or staff, {@code staff} who sent an answer. */
    public record MessageView(Instant at, String from, String staff, String text) {
        static MessageView of(ConsultationMessage message) {
            return new MessageView(message.at(), message.from().name().toLowerCase(), message.staff(),
                    message.text());
        }
    }
}
