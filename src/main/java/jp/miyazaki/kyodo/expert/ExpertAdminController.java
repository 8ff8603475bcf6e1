package jp.miyazaki.kyodo.expert;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jp.miyazaki.kyodo.admin.StaffApi;
import jp.miyazaki.kyodo.consultation.Consultation;
import jp.miyazaki.kyodo.consultation.ConsultationAdminController.ConsultationView;
import jp.miyazaki.kyodo.consultation.ConsultationInbox;
import jp.miyazaki.kyodo.consultation.Consultations;
import jp.miyazaki.kyodo.consultation.Expertise;
import jp.miyazaki.kyodo.shared.ChangeRefused;
import jp.miyazaki.kyodo.shared.RefusalProblem;

/**
 * The expert registry, LINE link codes for experts, and matching consultations with experts. Confirming an
 * expert tells the citizen and (when linked) the expert on LINE; when the expert is not linked the answer says
 * staff must tell them, with the staff-only contact.
 */
@StaffApi
@RestController
@RequestMapping("/api/admin")
@Validated
@Tag(name = "experts", description = "Experts and supporting businesses, and matching consultations with them")
public class ExpertAdminController {

    private final Experts experts;
    private final ExpertChanges changes;
    private final ExpertMatching matching;
    private final ExpertIntroductions introductions;
    private final Consultations consultations;
    private final ConsultationInbox inbox;

    public ExpertAdminController(Experts experts, ExpertChanges changes, ExpertMatching matching,
            ExpertIntroductions introductions, Consultations consultations, ConsultationInbox inbox) {
        this.experts = experts;
        this.changes = changes;
        this.matching = matching;
        this.introductions = introductions;
        this.consultations = consultations;
        this.inbox = inbox;
    }

    @GetMapping("/experts")
    @Operation(summary = "Every expert and supporting business, in id order, with how many LINE accounts are linked")
    public List<ExpertView> list() {
        return experts.list().stream().map(this::view).toList();
    }

    @GetMapping("/experts/{id}")
    public ExpertView get(@PathVariable String id) {
        return view(experts.find(id).orElseThrow(ExpertAdminController::noSuchExpert));
    }

    @PostMapping("/experts")
    @Operation(summary = "Registers an expert; the id (EXP-n) is generated. 422 when a district is not Miyazaki "
            + "City's")
    public ResponseEntity<ExpertView> create(@Valid @RequestBody ExpertFields request) {
        Expert created = changes.create(request);
        return ResponseEntity.created(URI.create("/api/admin/experts/" + created.id())).body(view(created));
    }

    @PutMapping("/experts/{id}")
    @Operation(summary = "Replaces an expert's entry")
    public ExpertView update(@PathVariable String id, @Valid @RequestBody ExpertFields request) {
        return view(changes.update(id, request).orElseThrow(ExpertAdminController::noSuchExpert));
    }

    @DeleteMapping("/experts/{id}")
    @Operation(summary = "Deletes an expert and unlinks their LINE accounts")
    public ResponseEntity<Void> delete(@PathVariable String id) {
        changes.delete(id).orElseThrow(ExpertAdminController::noSuchExpert);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/experts/{id}/link-code")
    @Operation(summary = "Issues a one-time code; the expert sends 「連携コード XXXX-XXXX」 to the bot to link "
            + "their LINE account. The code is shown only in this answer.")
    public LinkCode linkCode(@PathVariable String id) {
        ExpertChanges.LinkCode issued = changes.issueLinkCode(id).orElseThrow(ExpertAdminController::noSuchExpert);
        return new LinkCode(issued.expert().id(), issued.code(), issued.expiresAt(),
                "LINEでこのボットを友だち追加し、「連携コード " + issued.code() + "」と送ってください。");
    }

    @GetMapping("/consultations/{id}/expert-candidates")
    @Operation(summary = "Experts for a consultation, best first: the field must match; the group's district, "
            + "then the whole city, then elsewhere; linked experts first at equal fit. Empty when it names no field.")
    public List<CandidateView> candidates(@PathVariable String id,
            @RequestParam(defaultValue = "5") @Min(1) @Max(20) int limit) {
        Consultation consultation = consultations.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such consultation"));
        return matching.candidates(consultation, limit).stream().map(CandidateView::of).toList();
    }

    @PostMapping("/consultations/{id}/expert-match")
    @Operation(summary = "Confirms an expert for the consultation (status matched): the citizen is told on LINE, "
            + "and the expert too when linked; otherwise staffMustTellExpert with the staff-only contact. "
            + "409 when already matched or closed, 422 when the expert does not cover the consultation's field")
    public IntroductionView match(@PathVariable String id, @Valid @RequestBody ExpertChoice request) {
        Introduction result = introductions.introduce(id, request.expertId());
        if (result instanceof Introduction.Refused refused) {
            throw new ResponseStatusException(status(refused.reason()), refused.detail());
        }
        Introduction.Made made = (Introduction.Made) result;
        return IntroductionView.of(made, inbox.language(made.consultation()));
    }

    private static HttpStatus status(Introduction.Reason reason) {
        return switch (reason) {
            case NO_SUCH_CONSULTATION -> HttpStatus.NOT_FOUND;
            case ALREADY_MATCHED, CLOSED -> HttpStatus.CONFLICT;
            case NO_SUCH_EXPERT, NO_FIELD, FIELD_NOT_COVERED -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    @ExceptionHandler(ChangeRefused.class)
    ProblemDetail refused(ChangeRefused refused) {
        return RefusalProblem.of(refused).when(ExpertChanges.Refusal.UnknownDistrict.class,
                HttpStatus.UNPROCESSABLE_CONTENT, unknown -> "unknown district " + unknown.district()
                        + "; use a district name of Miyazaki City or " + Expert.CITYWIDE).problem();
    }

    private static ResponseStatusException noSuchExpert() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such expert");
    }

    private ExpertView view(Expert expert) {
        return ExpertView.of(expert, experts.linkedUsers(expert.id()).size());
    }

    /** An expert for staff, with the staff-only contact and how many LINE accounts are linked to them. */
    public record ExpertView(String id, String name, String kind, String kindLabel, List<String> fields,
            String fieldLabels, List<String> districts, String profile, String publicContact, String staffContact,
            boolean sample, int linkedAccounts) {
        static ExpertView of(Expert e, int linkedAccounts) {
            return new ExpertView(e.id(), e.name(), e.kind().id(), e.kind().label(),
                    e.fields().stream().map(Expertise::id).toList(), e.fieldLabels(), e.districts(), e.profile(),
                    e.publicContact(), e.staffContact(), e.sample(), linkedAccounts);
        }
    }

    /** A one-time link code, valid until {@code expiresAt}, and what to tell the expert. */
    public record LinkCode(String expertId, String code, Instant expiresAt, String instructions) {
    }

    public record ExpertChoice(@NotBlank @Size(max = 40) String expertId) {
    }

    /** A proposed expert: fit 2 = the group's district, 1 = whole city, 0 = elsewhere; and why, in Japanese. */
    public record CandidateView(String expertId, String name, String kindLabel, String fieldLabels,
            List<String> districts, int fit, boolean linked, String reason) {
        static CandidateView of(ExpertCandidate c) {
            Expert e = c.expert();
            return new CandidateView(e.id(), e.name(), e.kind().label(), e.fieldLabels(), e.districts(), c.fit(),
                    c.linked(), c.reason());
        }
    }

    /**
     * What confirming did. When {@code staffMustTellExpert}, {@code expertStaffContact} says how to reach them;
     * {@code summary} says it all in a Japanese sentence.
     */
    public record IntroductionView(ConsultationView consultation, String expertId, String expertName,
            boolean citizenTold, boolean expertLinked, boolean expertTold, boolean staffMustTellExpert,
            String expertStaffContact, String summary) {
        static IntroductionView of(Introduction.Made made, String citizenLanguage) {
            return new IntroductionView(ConsultationView.of(made.consultation(), citizenLanguage), made.expert().id(),
                    made.expert().name(), made.citizenTold(), made.expertLinked(), made.expertTold(),
                    made.staffMustTellExpert(), made.staffMustTellExpert() ? made.expert().staffContact() : null,
                    made.staffSummary());
        }
    }
}
