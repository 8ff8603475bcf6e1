package jp.miyazaki.kyodo.console;

import java.security.Principal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.consultation.Consultation;
import jp.miyazaki.kyodo.consultation.ConsultationAnswers;
import jp.miyazaki.kyodo.consultation.ConsultationStatus;
import jp.miyazaki.kyodo.consultation.Consultations;
import jp.miyazaki.kyodo.expert.Expert;
import jp.miyazaki.kyodo.expert.ExpertCandidate;
import jp.miyazaki.kyodo.expert.ExpertIntroductions;
import jp.miyazaki.kyodo.expert.ExpertMatching;
import jp.miyazaki.kyodo.expert.Experts;
import jp.miyazaki.kyodo.expert.Introduction;
import jp.miyazaki.kyodo.line.Delivery;
import jp.miyazaki.kyodo.line.LineProperties;

/**
 * The consultations inbox: newest first, each with its status to change; an open one that needs a field of
 * expertise shows its expert candidates, and 「この専門家に依頼」 confirms one. An open one can be answered on LINE
 * (in local mode the answer goes to the simulator's outbox); staff are told whether it was delivered, and an answer
 * that was not keeps its text in the box.
 */
@Controller
class ConsultationConsoleController {

    private static final int CANDIDATES = 3;

    private final Consultations consultations;
    private final Experts experts;
    private final ExpertMatching matching;
    private final ExpertIntroductions introductions;
    private final AuditLog audit;
    private final ConsultationAnswers answers;
    private final LineProperties line;

    ConsultationConsoleController(Consultations consultations, Experts experts, ExpertMatching matching,
            ExpertIntroductions introductions, AuditLog audit, ConsultationAnswers answers, LineProperties line) {
        this.consultations = consultations;
        this.experts = experts;
        this.matching = matching;
        this.introductions = introductions;
        this.audit = audit;
        this.answers = answers;
        this.line = line;
    }

    @GetMapping("/admin/consultations")
    String inbox(Model model) {
        List<Consultation> all = consultations.list().stream()
                .sorted(Comparator.comparing(Consultation::createdAt).reversed()).toList();
        Map<String, List<ExpertCandidate>> candidates = new HashMap<>();
        Map<String, String> expertNames = new HashMap<>();
        for (Consultation c : all) {
            if (c.expertId() != null) {
                expertNames.put(c.expertId(), experts.find(c.expertId()).map(Expert::name).orElse(c.expertId()));
            } else if (c.field() != null && c.status() != ConsultationStatus.CLOSED) {
                candidates.put(c.id(), matching.candidates(c, CANDIDATES));
            }
        }
        model.addAttribute("consultations", all);
        model.addAttribute("candidates", candidates);
        model.addAttribute("expertNames", expertNames);
        model.addAttribute("statuses", ConsultationStatus.values());
        model.addAttribute("labels", new StatusLabels());
        return "console/consultations";
    }

    @PostMapping("/admin/consultations/{id}/status")
    String changeStatus(@PathVariable String id, @RequestParam ConsultationStatus status, Principal staff,
            RedirectAttributes redirect) {
        Consultation before = consultations.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such consultation"));
        String assignee = status == ConsultationStatus.NEW ? null
                : before.assignee() == null ? staff.getName() : before.assignee();
        consultations.changeStatus(id, status, assignee);
        audit.record("consultation.status", new AuditLog.Target(id, "相談 " + id), null,
                List.of(new AuditLog.Change("状態", ConsultationLabels.status(before.status()),
                        ConsultationLabels.status(status))));
        redirect.addFlashAttribute("notice", "相談 " + id + " を「" + ConsultationLabels.status(status)
                + "」にしました。");
        return "redirect:/admin/consultations";
    }

    @PostMapping("/admin/consultations/{id}/reply")
    String reply(@PathVariable String id, @Valid @ModelAttribute ConsultationReplyForm form, BindingResult errors,
            RedirectAttributes redirect) {
        Consultation consultation = consultations.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such consultation"));
        if (consultation.status() == ConsultationStatus.CLOSED) {
            return replyRefused(redirect, id, form, "完了した相談には回答できません。");
        }
        if (errors.hasErrors()) {
            return replyRefused(redirect, id, form, errors.getFieldErrors().get(0).getDefaultMessage());
        }
        Delivery delivery = answers.answer(consultation, form.text().strip());
        if (!ConsultationAnswers.delivered(delivery)) {
            return replyRefused(redirect, id, form, "LINEに届けられませんでした（"
                    + (delivery == Delivery.OVER_QUOTA ? "今月の送信上限に達しています" : "送信に失敗しました")
                    + "）。時間をおいてもう一度送ってください。");
        }
        redirect.addFlashAttribute("notice", line.configured() ? "相談 " + id + " の相談者にLINEで回答を届けました。"
                : "ローカルモードのため、相談 " + id + " への回答はシミュレーターの送信箱に入れました。");
        return "redirect:/admin/consultations";
    }

    @PostMapping("/admin/consultations/{id}/expert-match")
    String matchExpert(@PathVariable String id, @RequestParam String expertId, RedirectAttributes redirect) {
        Introduction result = introductions.introduce(id, expertId);
        if (result instanceof Introduction.Made made) {
            audit.record("consultation.expert-match", new AuditLog.Target(id, "相談 " + id), "専門家「"
                    + made.expert().name() + "」を紹介（" + (made.expertTold() ? "専門家にLINEで連絡済み"
                    : "専門家への連絡は職員から") + "）", List.of());
            redirect.addFlashAttribute("notice", made.staffSummary());
        } else {
            redirect.addFlashAttribute("problem", "相談 " + id + " は依頼できませんでした（"
                    + refusal(((Introduction.Refused) result).reason()) + "）。");
        }
        return "redirect:/admin/consultations";
    }

    /** Back to the inbox with the reason next to that consultation's answer box, and the text kept. */
    private static String replyRefused(RedirectAttributes redirect, String id, ConsultationReplyForm form,
            String reason) {
        redirect.addFlashAttribute("replyId", id);
        redirect.addFlashAttribute("replyError", reason);
        redirect.addFlashAttribute("replyDraft", form.text() == null ? "" : form.text());
        return "redirect:/admin/consultations";
    }

    private static String refusal(Introduction.Reason reason) {
        return switch (reason) {
            case NO_SUCH_CONSULTATION -> "相談が見つかりません";
            case NO_SUCH_EXPERT -> "専門家が見つかりません";
            case ALREADY_MATCHED -> "すでに専門家を紹介済みです";
            case CLOSED -> "完了した相談です";
            case NO_FIELD -> "相談の分野がわかりません";
            case FIELD_NOT_COVERED -> "この専門家は相談の分野に対応していません";
        };
    }

    /** For templates: {@code labels.of(status)}. */
    static final class StatusLabels {
        public String of(ConsultationStatus status) {
            return ConsultationLabels.status(status);
        }
    }
}
