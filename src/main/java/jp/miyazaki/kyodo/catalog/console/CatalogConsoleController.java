package jp.miyazaki.kyodo.catalog.console;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
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
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.District;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.catalog.OpportunityAttribute;
import jp.miyazaki.kyodo.catalog.OpportunityChanges.Refusal;
import jp.miyazaki.kyodo.catalog.OpportunityChanges.Removal;
import jp.miyazaki.kyodo.catalog.OpportunityChanges.Update;
import jp.miyazaki.kyodo.catalog.OpportunityChanges;
import jp.miyazaki.kyodo.catalog.OpportunityKind;
import jp.miyazaki.kyodo.catalog.SignedUpCitizens;
import jp.miyazaki.kyodo.catalog.SimilarOpportunities;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.shared.ChangeRefused;

/**
 * Opportunities: list, create, edit, delete (grants and facilities: see {@link GrantAndFacilityConsoleController};
 * an opportunity's sign-up list is a page of the console module, which may depend on the sign-up feature). Changes
 * go through {@link OpportunityChanges}, as the admin API's do: the same refusals, audit entries and LINE notices;
 * the edit and delete pages show how many signed up. Lists filter by department; a new opportunity belongs to the
 * staff member's department unless they pick another. After adding an opportunity, and while editing one, staff see
 * existing ones that look alike (似ている活動), so the city can connect groups instead of duplicating work. Another
 * department's opportunities are listed but, for staff, not opened for editing ({@link DepartmentRule}).
 */
@StaffConsole
@Controller
class CatalogConsoleController {

    private static final int SIMILAR_SHOWN = 5;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M/d(E) H:mm", java.util.Locale.JAPAN);

    private final CatalogRepository catalog;
    private final OpportunityChanges changes;
    private final SignedUpCitizens signUps;
    private final DepartmentRule departmentRule;
    private final Departments departments;
    private final StaffAccounts staff;
    private final SimilarOpportunities similar;
    private final Clock clock;

    CatalogConsoleController(CatalogRepository catalog, OpportunityChanges changes, SignedUpCitizens signUps,
            DepartmentRule departmentRule, Departments departments, StaffAccounts staff,
            SimilarOpportunities similar, ObjectProvider<Clock> clock) {
        this.catalog = catalog;
        this.changes = changes;
        this.signUps = signUps;
        this.departmentRule = departmentRule;
        this.departments = departments;
        this.staff = staff;
        this.similar = similar;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", OpportunityKind.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("districts", District.NAMES);
        model.addAttribute("attributes", OpportunityAttribute.values());
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
        if (!errors.hasErrors()) {
            try {
                Opportunity created = changes.create(form.toOpportunity("opp-" + UUID.randomUUID().toString()
                        .substring(0, 8), false), staff.departmentOf(who.getName()));
                redirect.addFlashAttribute("notice", "「" + created.title() + "」を登録しました。");
                redirect.addFlashAttribute("createdId", created.id());
                warnIfStartPassed(form.start(), redirect);
                return "redirect:/admin/opportunities";
            } catch (ChangeRefused refused) {
                reject((Refusal) refused.refusal(), errors);
            }
        }
        model.addAttribute("opportunityId", null);
        model.addAttribute("similar", List.of());
        return "console/opportunity-form";
    }

    @GetMapping("/admin/opportunities/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        Opportunity opportunity = opportunity(id);
        departmentRule.requireMayChange(opportunity.department());
        model.addAttribute("form", OpportunityForm.of(opportunity.withDepartment(
                departments.of(opportunity.department()))));
        editing(opportunity, model);
        return "console/opportunity-form";
    }

    /**
     * Saves an edit; a moved time or place is told to everyone signed up unless staff ticked 申込者に知らせない
     * ({@code quiet}) for a small correction, and the notice says how many were told.
     */
    @PostMapping("/admin/opportunities/{id}/edit")
    String edit(@PathVariable String id, @Valid @ModelAttribute("form") OpportunityForm form, BindingResult errors,
            @RequestParam(defaultValue = "false") boolean quiet, Model model, RedirectAttributes redirect) {
        Opportunity before = opportunity(id);
        if (!errors.hasErrors()) {
            try {
                Update update = changes.update(form.toOpportunity(id, before.sample()), !quiet);
                redirect.addFlashAttribute("notice", "「" + update.opportunity().title() + "」を更新しました。"
                        + (update.citizensTold() == 0 ? ""
                                : "申し込み " + update.citizensTold() + " 件の方に LINE で変更をお知らせしました。"));
                warnIfStartPassed(form.start(), redirect);
                return "redirect:/admin/opportunities";
            } catch (ChangeRefused refused) {
                reject((Refusal) refused.refusal(), errors);
            }
        }
        editing(before, model);
        return "console/opportunity-form";
    }

    /** What deleting would do, named: the item, and what happens to its sign-ups. */
    @GetMapping("/admin/opportunities/{id}/delete")
    String confirmDelete(@PathVariable String id, Model model) {
        Opportunity opportunity = opportunity(id);
        departmentRule.requireMayChange(opportunity.department());
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("signUpSummary", SignUpSummary.of(signUps, id));
        return "console/opportunity-delete";
    }

    /** Deletes; with sign-ups only when {@code force} (from the confirmation), and then they are told on LINE. */
    @PostMapping("/admin/opportunities/{id}/delete")
    String delete(@PathVariable String id, @RequestParam(defaultValue = "false") boolean force,
            RedirectAttributes redirect) {
        try {
            Removal removal = changes.delete(id, force);
            redirect.addFlashAttribute("notice", removal.signUpsCancelled() == 0
                    ? "「" + removal.title() + "」を削除しました。"
                    : "「" + removal.title() + "」を削除し、申し込み" + removal.signUpsCancelled() + "件を取り消しました。"
                            + "LINEでお知らせできたのは" + removal.citizensTold() + "人です。");
        } catch (ChangeRefused refused) {
            if (refused.refusal() instanceof Refusal.SignUpsWouldBeDropped dropped) {
                redirect.addFlashAttribute("problem", "「" + opportunity(id).title() + "」には申し込みが"
                        + dropped.signUps() + "件あるため削除できません。削除の確認画面から、申し込んだ方にLINEで"
                        + "お知らせして削除できます。");
            } else {
                throw notFound();
            }
        }
        return "redirect:/admin/opportunities";
    }

    private List<SimilarRow> similarRows(Opportunity opportunity) {
        return similar.similarTo(opportunity, SIMILAR_SHOWN).stream()
                .map(match -> new SimilarRow(match.opportunity(), departments.of(match.opportunity().department()),
                        similar.hasEnded(match.opportunity()), String.join("、", match.sharedWords())))
                .toList();
    }

    /** The edit page's model besides the form: the id, its sign-ups, look-alikes, and whether it has begun. */
    private void editing(Opportunity opportunity, Model model) {
        model.addAttribute("opportunityId", opportunity.id());
        model.addAttribute("signUpSummary", SignUpSummary.of(signUps, opportunity.id()));
        model.addAttribute("similar", similarRows(opportunity));
        model.addAttribute("startPassed", opportunity.start().toInstant().isBefore(clock.instant()));
    }

    /**
     * A start in the past is saved (staff may be recording a day that happened), but said, since it is more often a
     * typo in the year or the month; citizens no longer find such an activity.
     */
    private void warnIfStartPassed(LocalDateTime start, RedirectAttributes redirect) {
        if (start.isBefore(LocalDateTime.now(clock.withZone(CityTime.ZONE)))) {
            redirect.addFlashAttribute("warning", "開始日時（" + WHEN.format(start) + "）は過去の日時です。"
                    + "このままでは市民の検索に出ません。日時が正しいか確かめて、違っていたら編集で直してください。");
        }
    }

    /** Puts the service's refusal next to the field it is about. */
    private static void reject(Refusal refusal, BindingResult errors) {
        if (refusal instanceof Refusal.CapacityBelowPlacesTaken below) {
            errors.rejectValue("capacity", "belowTaken", "すでに" + below.taken() + "人分の申し込みがあるため、定員を"
                    + below.capacity() + "人にはできません。" + below.taken() + "人以上にするか、先に申し込みを取り消してください");
        } else if (refusal instanceof Refusal.UnknownDepartment) {
            errors.rejectValue("department", "unknown", "部署を一覧から選んでください");
        } else {
            throw notFound();
        }
    }

    private Opportunity opportunity(String id) {
        return catalog.findOpportunity(id).orElseThrow(CatalogConsoleController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such opportunity");
    }

    /** An opportunity's sign-ups as staff weigh a change: confirmed and waiting, and the people they bring. */
    record SignUpSummary(int confirmed, int waitlisted, int people) {

        static SignUpSummary of(SignedUpCitizens signUps, String opportunityId) {
            int confirmed = (int) signUps.confirmed(opportunityId);
            return new SignUpSummary(confirmed, (int) signUps.count(opportunityId) - confirmed,
                    signUps.taken(opportunityId));
        }

        public int total() {
            return confirmed + waitlisted;
        }
    }

    /** An opportunity with how many places are taken and the department that owns it. */
    record OpportunityRow(Opportunity opportunity, int taken, String department) {
    }

    /** An opportunity that looks like the one at hand: whom to contact, whether it is over, the words they share. */
    record SimilarRow(Opportunity opportunity, String department, boolean ended, String sharedWords) {
    }
}
