package jp.miyazaki.kyodo.console;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import jp.miyazaki.kyodo.admin.Departments;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.District;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.catalog.OpportunityKind;
import jp.miyazaki.kyodo.catalog.SimilarOpportunities;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.signup.SignUpsCsv;

/**
 * Opportunities (list, create, edit, delete) and each opportunity's sign-ups (grants and facilities: see
 * {@link GrantAndFacilityConsoleController}). Lists filter
 * by department; a new opportunity belongs to the staff member's department unless they pick another. After adding
 * an opportunity, and while editing one, staff see existing ones that look alike (似ている活動), so the city can
 * connect groups instead of duplicating work.
 */
@Controller
class CatalogConsoleController {

    private static final int SIMILAR_SHOWN = 5;

    private final CatalogRepository catalog;
    private final SignUps signUps;
    private final AuditLog audit;
    private final Departments departments;
    private final StaffAccounts staff;
    private final SimilarOpportunities similar;

    CatalogConsoleController(CatalogRepository catalog, SignUps signUps, AuditLog audit, Departments departments,
            StaffAccounts staff, SimilarOpportunities similar) {
        this.catalog = catalog;
        this.signUps = signUps;
        this.audit = audit;
        this.departments = departments;
        this.staff = staff;
        this.similar = similar;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", OpportunityKind.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("districts", District.NAMES);
    }

    @GetMapping("/admin/opportunities")
    String opportunities(@RequestParam(required = false) String department, Model model) {
        List<OpportunityRow> rows = catalog.listOpportunities().stream()
                .filter(o -> departments.matches(o.department(), department))
                .sorted(Comparator.comparing(Opportunity::start))
                .map(o -> new OpportunityRow(o, signUps.taken(o.id()), departments.of(o.department())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("department", department);
        // Just added: what already looks like it, while staff still remember why they added it.
        model.addAttribute("similar", model.getAttribute("createdId") instanceof String createdId
                ? catalog.findOpportunity(createdId).map(this::similarRows).orElse(List.of()) : List.of());
        return "console/opportunities";
    }

    @GetMapping("/admin/opportunities/new")
    String create(Model model, Principal who) {
        model.addAttribute("form", OpportunityForm.blank(staff.departmentOf(who.getName())));
        model.addAttribute("opportunityId", null);
        model.addAttribute("similar", List.of());
        return "console/opportunity-form";
    }

    @PostMapping("/admin/opportunities/new")
    String create(@Valid @ModelAttribute("form") OpportunityForm form, BindingResult errors, Model model,
            Principal who, RedirectAttributes redirect) {
        if (errors.hasErrors() || unknownDepartment(form, errors)) {
            model.addAttribute("opportunityId", null);
            model.addAttribute("similar", List.of());
            return "console/opportunity-form";
        }
        Opportunity draft = form.toOpportunity("opp-" + UUID.randomUUID().toString().substring(0, 8), false);
        Opportunity created = draft.withDepartment(draft.department() == null
                ? staff.departmentOf(who.getName()) : draft.department());
        catalog.save(created);
        audit.record("opportunity.create", created.id(), created.title() + " department=" + created.department());
        redirect.addFlashAttribute("notice", "「" + created.title() + "」を登録しました。");
        redirect.addFlashAttribute("createdId", created.id());
        return "redirect:/admin/opportunities";
    }

    @GetMapping("/admin/opportunities/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        Opportunity opportunity = opportunity(id);
        model.addAttribute("form", OpportunityForm.of(opportunity.withDepartment(
                departments.of(opportunity.department()))));
        model.addAttribute("opportunityId", id);
        model.addAttribute("similar", similarRows(opportunity));
        return "console/opportunity-form";
    }

    @PostMapping("/admin/opportunities/{id}/edit")
    String edit(@PathVariable String id, @Valid @ModelAttribute("form") OpportunityForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Opportunity before = opportunity(id);
        if (errors.hasErrors() || unknownDepartment(form, errors)) {
            model.addAttribute("opportunityId", id);
            model.addAttribute("similar", similarRows(before));
            return "console/opportunity-form";
        }
        Opportunity edited = form.toOpportunity(id, before.sample());
        Opportunity after = edited.withDepartment(edited.department() == null ? before.department()
                : edited.department());
        catalog.save(after);
        audit.record("opportunity.update", id, before.title().equals(after.title()) ? after.title()
                : before.title() + " → " + after.title());
        redirect.addFlashAttribute("notice", "「" + after.title() + "」を更新しました。");
        return "redirect:/admin/opportunities";
    }

    @PostMapping("/admin/opportunities/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        Opportunity gone = opportunity(id);
        if (signUps.count(id) > 0) {
            // Deleting would orphan citizens' sign-ups without telling them.
            redirect.addFlashAttribute("notice", "「" + gone.title() + "」には申し込みがあるため削除できません。");
            return "redirect:/admin/opportunities";
        }
        catalog.deleteOpportunity(id);
        audit.record("opportunity.delete", id, gone.title());
        redirect.addFlashAttribute("notice", "「" + gone.title() + "」を削除しました。");
        return "redirect:/admin/opportunities";
    }

    @GetMapping("/admin/opportunities/{id}/signups")
    String signUps(@PathVariable String id, Model model) {
        model.addAttribute("opportunity", opportunity(id));
        model.addAttribute("signUps", signUps.ofOpportunity(id));
        return "console/signups";
    }

    @GetMapping("/admin/opportunities/{id}/signups.csv")
    ResponseEntity<byte[]> signUpsCsv(@PathVariable String id) {
        Opportunity opportunity = opportunity(id);
        audit.record("signups.export", id, opportunity.title());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("signups-" + id + ".csv").build().toString())
                .body(SignUpsCsv.of(signUps.ofOpportunity(id)));
    }

    private List<SimilarRow> similarRows(Opportunity opportunity) {
        return similar.similarTo(opportunity, SIMILAR_SHOWN).stream()
                .map(match -> new SimilarRow(match.opportunity(), departments.of(match.opportunity().department()),
                        similar.hasEnded(match.opportunity()), String.join("、", match.sharedWords())))
                .toList();
    }

    private boolean unknownDepartment(OpportunityForm form, BindingResult errors) {
        if (form.department() == null || form.department().isBlank() || departments.isKnown(form.department())) {
            return false;
        }
        errors.rejectValue("department", "unknown", "部署を一覧から選んでください");
        return true;
    }

    private Opportunity opportunity(String id) {
        return catalog.findOpportunity(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such opportunity"));
    }

    /** An opportunity with how many places are taken and the department that owns it. */
    record OpportunityRow(Opportunity opportunity, int taken, String department) {
    }

    /** An opportunity that looks like the one at hand: whom to contact, whether it is over, the words they share. */
    record SimilarRow(Opportunity opportunity, String department, boolean ended, String sharedWords) {
    }
}
