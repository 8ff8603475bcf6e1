package jp.miyazaki.kyodo.group;

import java.util.List;
import java.util.Optional;

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

import jp.miyazaki.kyodo.admin.StaffConsole;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.District;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.catalog.SimilarOpportunities;
import jp.miyazaki.kyodo.catalog.SimilarOpportunity;
import jp.miyazaki.kyodo.group.RecruitmentReview.Decision;

/**
 * Groups in the staff console (list, create, edit, link codes for leaders), the recruitments leaders post (approve
 * or reject, with similar existing activities beside each), and citizens' join requests. The rules, audit entries
 * and notices are {@link GroupChanges} and {@link RecruitmentDecisions}, as for the admin API.
 */
@Controller
@StaffConsole
class GroupConsoleController {

    private static final int SIMILAR_SHOWN = 3;

    private final GroupDirectory directory;
    private final GroupChanges changes;
    private final Recruitments recruitments;
    private final RecruitmentReview review;
    private final RecruitmentDecisions decisions;
    private final JoinRequests joinRequests;
    private final SimilarOpportunities similar;
    private final CatalogRepository catalog;

    GroupConsoleController(GroupDirectory directory, GroupChanges changes, Recruitments recruitments,
            RecruitmentReview review, RecruitmentDecisions decisions, JoinRequests joinRequests,
            SimilarOpportunities similar, CatalogRepository catalog) {
        this.directory = directory;
        this.changes = changes;
        this.recruitments = recruitments;
        this.review = review;
        this.decisions = decisions;
        this.joinRequests = joinRequests;
        this.similar = similar;
        this.catalog = catalog;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("groupKinds", GroupKind.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("districts", District.NAMES);
    }

    // --- groups ---

    @GetMapping("/admin/groups")
    String groups(Model model) {
        model.addAttribute("rows", directory.list().stream().map(g -> new GroupRow(g, changes.leaderCount(g)))
                .toList());
        return "console/groups";
    }

    @GetMapping("/admin/groups/new")
    String create(Model model) {
        model.addAttribute("form", GroupFields.blank());
        model.addAttribute("groupId", null);
        return "console/group-form";
    }

    @PostMapping("/admin/groups/new")
    String create(@Valid @ModelAttribute("form") GroupFields form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("groupId", null);
            return "console/group-form";
        }
        Group created = changes.create(form);
        redirect.addFlashAttribute("notice", "「" + created.name() + "」を登録しました。");
        return "redirect:/admin/groups";
    }

    @GetMapping("/admin/groups/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        model.addAttribute("form", GroupFields.of(group(id)));
        model.addAttribute("groupId", id);
        return "console/group-form";
    }

    @PostMapping("/admin/groups/{id}/edit")
    String edit(@PathVariable String id, @Valid @ModelAttribute("form") GroupFields form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        group(id);
        if (errors.hasErrors()) {
            model.addAttribute("groupId", id);
            return "console/group-form";
        }
        Group after = changes.update(id, form).orElseThrow(GroupConsoleController::noSuchGroup);
        redirect.addFlashAttribute("notice", "「" + after.name() + "」を更新しました。");
        return "redirect:/admin/groups";
    }

    /** The code is shown on this one page and nowhere else; it is not kept where staff could look it up again. */
    @PostMapping("/admin/groups/{id}/link-code")
    String linkCode(@PathVariable String id, Model model) {
        GroupChanges.LinkCode issued = changes.issueLinkCode(id).orElseThrow(GroupConsoleController::noSuchGroup);
        model.addAttribute("group", issued.group());
        model.addAttribute("code", issued.code());
        model.addAttribute("expiresAt", issued.expiresAt());
        return "console/group-link-code";
    }

    // --- recruitments ---

    @GetMapping("/admin/recruitments")
    String recruitments(Model model) {
        model.addAttribute("pending", rows(recruitments.withStatus(RecruitmentStatus.PENDING)));
        List<Recruitment> decided = recruitments.list().stream()
                .filter(r -> r.status() != RecruitmentStatus.PENDING).toList();
        model.addAttribute("decided", rows(decided.subList(Math.max(0, decided.size() - 20), decided.size())));
        return "console/recruitments";
    }

    @GetMapping("/admin/recruitments/{id}")
    String recruitment(@PathVariable String id, Model model) {
        Recruitment recruitment = recruitments.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such recruitment"));
        Optional<Opportunity> asOpportunity = review.asOpportunity(recruitment);
        model.addAttribute("row", row(recruitment));
        model.addAttribute("opportunity", asOpportunity.orElse(null));
        List<SimilarOpportunity> alike = asOpportunity.map(o -> similar.similarTo(o, SIMILAR_SHOWN)).orElse(List.of());
        model.addAttribute("similar", alike);
        return "console/recruitment";
    }

    @PostMapping("/admin/recruitments/{id}/approve")
    String approve(@PathVariable String id, RedirectAttributes redirect) {
        return decided(decisions.approve(id), redirect, "公開", "");
    }

    @PostMapping("/admin/recruitments/{id}/reject")
    String reject(@PathVariable String id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        Decision decision = decisions.reject(id, reason);
        if (decision instanceof Decision.NoReason) {
            redirect.addFlashAttribute("problem", "差し戻しの理由を" + RecruitmentReview.MAX_REASON + "文字以内で書いてください。");
            return "redirect:/admin/recruitments/" + id;
        }
        return decided(decision, redirect, "差し戻", "理由を");
    }

    /** Back to the recruitments saying what was {@code done} and told to the leaders, or that it was not. */
    private static String decided(Decision decision, RedirectAttributes redirect, String done, String told) {
        if (decision instanceof Decision.Done made) {
            redirect.addFlashAttribute("notice", "「" + made.recruitment().title() + "」を" + done + "しました。代表者"
                    + made.leadersTold() + "名にLINEで" + told + "お知らせしました。");
        } else {
            redirect.addFlashAttribute("problem", "この募集はすでに処理済みか、見つかりません。");
        }
        return "redirect:/admin/recruitments";
    }

    // --- join requests ---

    @GetMapping("/admin/join-requests")
    String joinRequests(Model model) {
        model.addAttribute("requests", joinRequests.list().stream().map(r -> new JoinRow(r,
                directory.find(r.groupId()).map(Group::name).orElse("（削除された団体）"))).toList());
        return "console/join-requests";
    }

    private List<RecruitmentRow> rows(List<Recruitment> list) {
        return list.stream().map(this::row).toList();
    }

    private RecruitmentRow row(Recruitment r) {
        return new RecruitmentRow(r, directory.find(r.groupId()).map(Group::name).orElse("（削除された団体）"),
                r.opportunityId() == null ? null : catalog.findOpportunity(r.opportunityId()).orElse(null));
    }

    private Group group(String id) {
        return directory.find(id).orElseThrow(GroupConsoleController::noSuchGroup);
    }

    private static ResponseStatusException noSuchGroup() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such group");
    }

    /** A group with how many leaders are linked. */
    record GroupRow(Group group, int leaders) {
    }

    /** A recruitment with its group's name and, once approved, the activity it was published as (if still there). */
    record RecruitmentRow(Recruitment recruitment, String groupName, Opportunity published) {
    }

    /** A join request with its group's name. */
    record JoinRow(JoinRequest request, String groupName) {
    }
}
