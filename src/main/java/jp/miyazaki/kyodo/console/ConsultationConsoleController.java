package jp.miyazaki.kyodo.console;

import java.security.Principal;
import java.util.Comparator;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.consultation.Consultation;
import jp.miyazaki.kyodo.consultation.ConsultationStatus;
import jp.miyazaki.kyodo.consultation.Consultations;

/** The consultations inbox: newest first, each with its status to change. */
@Controller
class ConsultationConsoleController {

    private final Consultations consultations;
    private final AuditLog audit;

    ConsultationConsoleController(Consultations consultations, AuditLog audit) {
        this.consultations = consultations;
        this.audit = audit;
    }

    @GetMapping("/admin/consultations")
    String inbox(Model model) {
        model.addAttribute("consultations", consultations.list().stream()
                .sorted(Comparator.comparing(Consultation::createdAt).reversed()).toList());
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
        audit.record("consultation.status", id, before.status() + " → " + status);
        redirect.addFlashAttribute("notice", "相談 " + id + " を「" + ConsultationLabels.status(status)
                + "」にしました。");
        return "redirect:/admin/consultations";
    }

    /** For templates: {@code labels.of(status)}. */
    static final class StatusLabels {
        public String of(ConsultationStatus status) {
            return ConsultationLabels.status(status);
        }
    }
}
