package jp.miyazaki.kyodo.console;

import java.security.Principal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

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
import jp.miyazaki.kyodo.admin.DepartmentRule;
import jp.miyazaki.kyodo.admin.Departments;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.catalog.CatalogAuditFields;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.District;
import jp.miyazaki.kyodo.catalog.Facility;
import jp.miyazaki.kyodo.catalog.Grant;

/**
 * Grants and facilities: list (filtered by department), create, edit, delete — what {@code /api/admin/grants} and
 * {@code /api/admin/facilities} do, audited under the same actions. A new item belongs to the staff member's
 * department unless they pick another; an edited one keeps its own unless they change it. Only an item's
 * department's staff (and admins) open its edit page, change or delete it ({@link DepartmentRule}).
 */
@Controller
class GrantAndFacilityConsoleController {

    private final CatalogRepository catalog;
    private final AuditLog audit;
    private final Departments departments;
    private final StaffAccounts staff;
    private final DepartmentRule departmentRule;

    GrantAndFacilityConsoleController(CatalogRepository catalog, AuditLog audit, Departments departments,
            StaffAccounts staff, DepartmentRule departmentRule) {
        this.catalog = catalog;
        this.audit = audit;
        this.departments = departments;
        this.staff = staff;
        this.departmentRule = departmentRule;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("categories", Category.values());
        model.addAttribute("districts", District.NAMES);
    }

    // --- grants ---

    @GetMapping("/admin/grants")
    String grants(@RequestParam(required = false) String department, Model model) {
        model.addAttribute("grants", catalog.listGrants().stream()
                .filter(g -> departments.matches(g.department(), department))
                .map(g -> g.withDepartment(departments.of(g.department()))).toList());
        model.addAttribute("department", department);
        return "console/grants";
    }

    @GetMapping("/admin/grants/new")
    String newGrant(Model model, Principal who) {
        model.addAttribute("form", GrantForm.blank(staff.departmentOf(who.getName())));
        model.addAttribute("grantId", null);
        return "console/grant-form";
    }

    @PostMapping("/admin/grants/new")
    String createGrant(@Valid @ModelAttribute("form") GrantForm form, BindingResult errors, Model model,
            Principal who, RedirectAttributes redirect) {
        if (unknownDepartment(form.department(), errors) || errors.hasErrors()) {
            model.addAttribute("grantId", null);
            return "console/grant-form";
        }
        Grant draft = form.toGrant("grant-" + UUID.randomUUID().toString().substring(0, 8), false);
        Grant created = draft.withDepartment(Objects.requireNonNullElse(draft.department(),
                staff.departmentOf(who.getName())));
        departmentRule.requireMayAssign(created.department());
        catalog.save(created);
        audit.record("grant.create", new AuditLog.Target(created.id(), created.name()),
                "部署: " + departments.of(created.department()), List.of());
        redirect.addFlashAttribute("notice", "「" + created.name() + "」を登録しました。");
        return "redirect:/admin/grants";
    }

    @GetMapping("/admin/grants/{id}/edit")
    String editGrant(@PathVariable String id, Model model) {
        Grant grant = grant(id);
        departmentRule.requireMayChange(grant.department());
        model.addAttribute("form", GrantForm.of(grant.withDepartment(departments.of(grant.department()))));
        model.addAttribute("grantId", id);
        return "console/grant-form";
    }

    @PostMapping("/admin/grants/{id}/edit")
    String editGrant(@PathVariable String id, @Valid @ModelAttribute("form") GrantForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Grant before = grant(id);
        departmentRule.requireMayChange(before.department());
        if (unknownDepartment(form.department(), errors) || errors.hasErrors()) {
            model.addAttribute("grantId", id);
            return "console/grant-form";
        }
        Grant edited = form.toGrant(id, before.sample());
        Grant after = edited.withDepartment(Objects.requireNonNullElse(edited.department(), before.department()));
        catalog.save(after);
        audit.record("grant.update", new AuditLog.Target(id, after.name()), null, CatalogAuditFields.of(
                before.withDepartment(departments.of(before.department())),
                after.withDepartment(departments.of(after.department()))));
        redirect.addFlashAttribute("notice", "「" + after.name() + "」を更新しました。");
        return "redirect:/admin/grants";
    }

    @PostMapping("/admin/grants/{id}/delete")
    String deleteGrant(@PathVariable String id, RedirectAttributes redirect) {
        Grant gone = grant(id);
        departmentRule.requireMayChange(gone.department());
        catalog.deleteGrant(id);
        audit.record("grant.delete", new AuditLog.Target(id, gone.name()), null, List.of());
        redirect.addFlashAttribute("notice", "「" + gone.name() + "」を削除しました。");
        return "redirect:/admin/grants";
    }

    // --- facilities ---

    @GetMapping("/admin/facilities")
    String facilities(@RequestParam(required = false) String department, Model model) {
        model.addAttribute("facilities", catalog.listFacilities().stream()
                .filter(f -> departments.matches(f.department(), department))
                .map(f -> f.withDepartment(departments.of(f.department()))).toList());
        model.addAttribute("department", department);
        return "console/facilities";
    }

    @GetMapping("/admin/facilities/new")
    String newFacility(Model model, Principal who) {
        model.addAttribute("form", FacilityForm.blank(staff.departmentOf(who.getName())));
        return facilityForm(model, null);
    }

    @PostMapping("/admin/facilities/new")
    String createFacility(@Valid @ModelAttribute("form") FacilityForm form, BindingResult errors, Model model,
            Principal who, RedirectAttributes redirect) {
        if (unknownDepartment(form.department(), errors) || errors.hasErrors()) {
            return facilityForm(model, null);
        }
        Facility draft = form.toFacility("facility-" + UUID.randomUUID().toString().substring(0, 8), false);
        Facility created = draft.withDepartment(Objects.requireNonNullElse(draft.department(),
                staff.departmentOf(who.getName())));
        departmentRule.requireMayAssign(created.department());
        catalog.save(created);
        audit.record("facility.create", new AuditLog.Target(created.id(), created.name()),
                "部署: " + departments.of(created.department()), List.of());
        redirect.addFlashAttribute("notice", "「" + created.name() + "」を登録しました。");
        return "redirect:/admin/facilities";
    }

    @GetMapping("/admin/facilities/{id}/edit")
    String editFacility(@PathVariable String id, Model model) {
        Facility facility = facility(id);
        departmentRule.requireMayChange(facility.department());
        model.addAttribute("form", FacilityForm.of(facility.withDepartment(departments.of(facility.department()))));
        return facilityForm(model, id);
    }

    @PostMapping("/admin/facilities/{id}/edit")
    String editFacility(@PathVariable String id, @Valid @ModelAttribute("form") FacilityForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Facility before = facility(id);
        departmentRule.requireMayChange(before.department());
        if (unknownDepartment(form.department(), errors) || errors.hasErrors()) {
            return facilityForm(model, id);
        }
        Facility edited = form.toFacility(id, before.sample());
        Facility after = edited.withDepartment(Objects.requireNonNullElse(edited.department(),
                before.department()));
        catalog.save(after);
        audit.record("facility.update", new AuditLog.Target(id, after.name()), null, CatalogAuditFields.of(
                before.withDepartment(departments.of(before.department())),
                after.withDepartment(departments.of(after.department()))));
        redirect.addFlashAttribute("notice", "「" + after.name() + "」を更新しました。");
        return "redirect:/admin/facilities";
    }

    @PostMapping("/admin/facilities/{id}/delete")
    String deleteFacility(@PathVariable String id, RedirectAttributes redirect) {
        Facility gone = facility(id);
        departmentRule.requireMayChange(gone.department());
        catalog.deleteFacility(id);
        audit.record("facility.delete", new AuditLog.Target(id, gone.name()), null, List.of());
        redirect.addFlashAttribute("notice", "「" + gone.name() + "」を削除しました。");
        return "redirect:/admin/facilities";
    }

    /** The form page, with the kinds already in use offered as suggestions (公民館, 交流センター, …). */
    private String facilityForm(Model model, String facilityId) {
        model.addAttribute("facilityId", facilityId);
        model.addAttribute("facilityKinds", catalog.listFacilities().stream().map(Facility::kind).distinct()
                .sorted().toList());
        return "console/facility-form";
    }

    private boolean unknownDepartment(String department, BindingResult errors) {
        if (department == null || department.isBlank() || departments.isKnown(department)
                || errors.hasFieldErrors("department")) {
            return false;
        }
        errors.rejectValue("department", "unknown", "部署を一覧から選んでください");
        return true;
    }

    private Grant grant(String id) {
        return catalog.findGrant(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such grant"));
    }

    private Facility facility(String id) {
        return catalog.findFacility(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such facility"));
    }
}
