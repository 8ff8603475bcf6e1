package jp.miyazaki.kyodo.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
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

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffApi;
import jp.miyazaki.kyodo.line.Delivery;

/**
 * The consultation inbox: list, assign to a staff member, answer the citizen on LINE (see
 * {@link ConsultationAnswers}), close.
 */
@StaffApi
@RestController
@RequestMapping("/api/admin/consultations")
@Validated
@Tag(name = "consultations")
public class ConsultationAdminController {

    private final Consultations consultations;
    private final StaffAccounts accounts;
    private final ConsultationAnswers answers;
    private final AuditLog audit;

    public ConsultationAdminController(Consultations consultations, StaffAccounts accounts,
            ConsultationAnswers answers, AuditLog audit) {
        this.consultations = consultations;
        this.accounts = accounts;
        this.answers = answers;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "The inbox, newest first; status narrows it (new, assigned, answered, matched, closed)")
    public List<ConsultationView> list(@RequestParam(required = false)
            @Pattern(regexp = "(?i)new|assigned|answered|matched|closed",
                    message = "new, assigned, answered, matched or closed")
            String status) {
        return consultations.list().stream()
                .filter(c -> status == null || c.status().name().equalsIgnoreCase(status))
                .map(ConsultationView::of).toList();
    }

    @GetMapping("/{id}")
    public ConsultationView get(@PathVariable String id) {
        return ConsultationView.of(existing(id));
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Assigns the consultation to a staff member")
    public ConsultationView assign(@PathVariable String id, @Valid @RequestBody Assignment request) {
        Consultation consultation = open(id);
        if (accounts.find(request.assignee()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, "no such staff account");
        }
        ConsultationStatus next = consultation.status() == ConsultationStatus.NEW ? ConsultationStatus.ASSIGNED
                : consultation.status();
        Consultation changed = consultations.changeStatus(id, next, request.assignee()).orElseThrow();
        audit.record("consultation.assign", new AuditLog.Target(id, "相談 " + id), null, List.of(new AuditLog.Change(
                "担当", Objects.requireNonNullElse(consultation.assignee(), "なし"), request.assignee())));
        return ConsultationView.of(changed);
    }

    @PostMapping("/{id}/reply")
    @Operation(summary = "Answers the citizen by LINE push; 502 when LINE did not take it")
    public ConsultationView reply(@PathVariable String id, @Valid @RequestBody Answer request) {
        Delivery delivery = answers.answer(open(id), request.text());
        if (!ConsultationAnswers.delivered(delivery)) {
            throw new ResponseStatusException(HttpStatus.BAD_GATEWAY, "LINE did not accept the answer: "
                    + delivery.name().toLowerCase());
        }
        return ConsultationView.of(existing(id));
    }

    @PostMapping("/{id}/close")
    public ConsultationView close(@PathVariable String id) {
        existing(id);
        Consultation changed = consultations.changeStatus(id, ConsultationStatus.CLOSED, null).orElseThrow();
        audit.record("consultation.close", new AuditLog.Target(id, "相談 " + id), null, List.of());
        return ConsultationView.of(changed);
    }

    private Consultation existing(String id) {
        return consultations.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such consultation"));
    }

    private Consultation open(String id) {
        Consultation consultation = existing(id);
        if (consultation.status() == ConsultationStatus.CLOSED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "the consultation is closed");
        }
        return consultation;
    }

    public record Assignment(@NotBlank @Size(max = 32) String assignee) {
    }

    /** An answer to the citizen: at most 4,000 characters so it fits one LINE message with its heading. */
    public record Answer(@NotBlank @Size(max = 4000) String text) {
    }

    /**
     * A consultation for staff; the LINE user id stays inside the app. {@code field} is the expertise it needs,
     * {@code district} where the group is active ({@code null}: whole city or not known), {@code expertId} the
     * expert it was matched with.
     */
    public record ConsultationView(String id, String topic, String topicLabel, String description,
            String contactPreference, String contact, String status, String assignee, Instant createdAt,
            Instant updatedAt, String field, String fieldLabel, String district, String expertId) {
        public static ConsultationView of(Consultation c) {
            return new ConsultationView(c.id(), c.topic() == null ? null : c.topic().id(),
                    c.topic() == null ? null : c.topic().label(), c.description(), c.contactPreference(),
                    c.contact(), c.status().name().toLowerCase(), c.assignee(), c.createdAt(), c.updatedAt(),
                    c.field() == null ? null : c.field().id(), c.field() == null ? null : c.field().label(),
                    c.district(), c.expertId());
        }
    }
}
