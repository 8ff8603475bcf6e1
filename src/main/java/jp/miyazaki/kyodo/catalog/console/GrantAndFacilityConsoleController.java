package jp.miyazaki.kyodo.catalog.console;

import java.security.Principal;
import java.util.UUID;
import java.util.function.Supplier;

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

import jp.miyazaki.kyodo.admin.DepartmentRule;
import jp.miyazaki.kyodo.admin.Departments;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffConsole;
import jp.miyazaki.kyodo.catalog.CatalogItemChanges;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.District;
import jp.miyazaki.kyodo.catalog.Facility;
import jp.miyazaki.kyodo.catalog.Grant;
import jp.miyazaki.kyodo.shared.ChangeRefused;

/**
 * Grants and facilities: list (filtered by department), create, edit, delete. Changes go through
 * {@link CatalogItemChanges}, as {@code /api/admin/grants} and {@code /api/admin/facilities} do: the same refusals
 * and audit entries. A new item belongs to the staff member's department unless they pick another; an edited one
 * keeps its own unless they change it. Only an item's department's staff (and admins) open its edit page, change
 * or delete it ({@link DepartmentRule}).
 */
@StaffConsole
@Controller
class GrantAndFacilityConsoleController {

    private final CatalogRepository catalog;
    private final CatalogItemChanges changes;
    private final Departments departments;
    private final StaffAccounts staff;
    private final DepartmentRule departmentRule;

    GrantAndFacilityConsoleController(CatalogRepository catalog, CatalogItemChanges changes, Departments departments,
            StaffAccounts staff, DepartmentRule departmentRule) {
        this.catalog = catalog;
        this.changes = changes;
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
        if (!errors.hasErrors()) {
            try {
                Grant created = changes.create(form.toGrant(newId("grant"), false), staff.departmentOf(who.getName()));
                redirect.addFlashAttribute("notice", "「" + created.name() + "」を登録しました。");
                return "redirect:/admin/grants";
            } catch (ChangeRefused refused) {
                reject(refused, errors);
            }
        }
        model.addAttribute("grantId", null);
        return "console/grant-form";
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
        // Another department's item is refused before its form's errors are shown, as its edit page is.
        departmentRule.requireMayChange(grant(id).department());
        if (!errors.hasErrors()) {
            try {
                Grant after = changes.update(form.toGrant(id, false));
                redirect.addFlashAttribute("notice", "「" + after.name() + "」を更新しました。");
                return "redirect:/admin/grants";
            } catch (ChangeRefused refused) {
                reject(refused, errors);
            }
        }
        model.addAttribute("grantId", id);
        return "console/grant-form";
    }

    @PostMapping("/admin/grants/{id}/delete")
    String deleteGrant(@PathVariable String id, RedirectAttributes redirect) {
        Grant gone = refusedAsNotFound(() -> changes.deleteGrant(id));
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
        if (!errors.hasErrors()) {
            try {
                Facility created = changes.create(form.toFacility(newId("facility"), false),
                        staff.departmentOf(who.getName()));
                redirect.addFlashAttribute("notice", "「" + created.name() + "」を登録しました。");
                return "redirect:/admin/facilities";
            } catch (ChangeRefused refused) {
                reject(refused, errors);
            }
        }
        return facilityForm(model, null);
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
        // Another department's item is refused before its form's errors are shown, as its edit page is.
        departmentRule.requireMayChange(facility(id).department());
        if (!errors.hasErrors()) {
            try {
                Facility after = changes.update(form.toFacility(id, false));
                redirect.addFlashAttribute("notice", "「" + after.name() + "」を更新しました。");
                return "redirect:/admin/facilities";
            } catch (ChangeRefused refused) {
                reject(refused, errors);
            }
        }
        return facilityForm(model, id);
    }

    @PostMapping("/admin/facilities/{id}/delete")
    String deleteFacility(@PathVariable String id, RedirectAttributes redirect) {
        Facility gone = refusedAsNotFound(() -> changes.deleteFacility(id));
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

    /** Puts an unknown department next to its field; an item gone meanwhile is the 404 page. */
    private static void reject(ChangeRefused refused, BindingResult errors) {
        if (refused.refusal() instanceof CatalogItemChanges.Refusal.UnknownDepartment) {
            errors.rejectValue("department", "unknown", "部署を一覧から選んでください");
        } else {
            throw notFound(refused);
        }
    }

    private static <T> T refusedAsNotFound(Supplier<T> change) {
        try {
            return change.get();
        } catch (ChangeRefused refused) {
            throw notFound(refused);
        }
    }

    private static ResponseStatusException notFound(ChangeRefused refused) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage());
    }

    private static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
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
