package jp.miyazaki.kyodo.console;

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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.District;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.catalog.OpportunityKind;
import jp.miyazaki.kyodo.signup.SignUps;

/** Opportunities (list, create, edit, delete), grants and facilities, and each opportunity's sign-ups. */
@Controller
class CatalogConsoleController {

    private final CatalogRepository catalog;
    private final SignUps signUps;
    private final AuditLog audit;

    CatalogConsoleController(CatalogRepository catalog, SignUps signUps, AuditLog audit) {
        this.catalog = catalog;
        this.signUps = signUps;
        this.audit = audit;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", OpportunityKind.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("districts", District.NAMES);
    }

    @GetMapping("/admin/opportunities")
    String opportunities(Model model) {
        List<OpportunityRow> rows = catalog.listOpportunities().stream()
                .sorted(Comparator.comparing(Opportunity::start))
                .map(o -> new OpportunityRow(o, signUps.taken(o.id())))
                .toList();
        model.addAttribute("rows", rows);
        return "console/opportunities";
    }

    @GetMapping("/admin/opportunities/new")
    String create(Model model) {
        model.addAttribute("form", OpportunityForm.blank());
        model.addAttribute("opportunityId", null);
        return "console/opportunity-form";
    }

    @PostMapping("/admin/opportunities/new")
    String create(@Valid @ModelAttribute("form") OpportunityForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("opportunityId", null);
            return "console/opportunity-form";
        }
        Opportunity created = form.toOpportunity("opp-" + UUID.randomUUID().toString().substring(0, 8), false);
        catalog.save(created);
        audit.record("opportunity.create", created.id(), created.title());
        redirect.addFlashAttribute("notice", "「" + created.title() + "」を登録しました。");
        return "redirect:/admin/opportunities";
    }

    @GetMapping("/admin/opportunities/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        model.addAttribute("form", OpportunityForm.of(opportunity(id)));
        model.addAttribute("opportunityId", id);
        return "console/opportunity-form";
    }

    @PostMapping("/admin/opportunities/{id}/edit")
    String edit(@PathVariable String id, @Valid @ModelAttribute("form") OpportunityForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Opportunity before = opportunity(id);
        if (errors.hasErrors()) {
            model.addAttribute("opportunityId", id);
            return "console/opportunity-form";
        }
        Opportunity after = form.toOpportunity(id, before.sample());
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

    @GetMapping("/admin/grants")
    String grants(Model model) {
        model.addAttribute("grants", catalog.listGrants());
        return "console/grants";
    }

    @GetMapping("/admin/facilities")
    String facilities(Model model) {
        model.addAttribute("facilities", catalog.listFacilities());
        return "console/facilities";
    }

    private Opportunity opportunity(String id) {
        return catalog.findOpportunity(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such opportunity"));
    }

    /** An opportunity with how many places are taken. */
    record OpportunityRow(Opportunity opportunity, int taken) {
    }
}
