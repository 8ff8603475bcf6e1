package jp.miyazaki.kyodo.expert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.miyazaki.kyodo.admin.StaffConsole;
import jp.miyazaki.kyodo.catalog.District;
import jp.miyazaki.kyodo.consultation.Expertise;
import jp.miyazaki.kyodo.shared.ChangeRefused;

/**
 * The expert registry for staff: list, add, edit, delete, and a one-time link code that is shown once, right
 * after it is issued, so the expert can link their LINE account; and confirming an expert for a consultation from
 * its page. The rules, audit entries and notices are {@link ExpertChanges} and {@link ExpertIntroductions}, as for
 * the admin API.
 */
@Controller
@StaffConsole
class ExpertConsoleController {

    private static final String UNKNOWN_DISTRICT = "地域は一覧から選んでください。";

    private final Experts experts;
    private final ExpertChanges changes;
    private final ExpertIntroductions introductions;

    ExpertConsoleController(Experts experts, ExpertChanges changes, ExpertIntroductions introductions) {
        this.experts = experts;
        this.changes = changes;
        this.introductions = introductions;
    }

    @GetMapping("/admin/experts")
    String list(Model model) {
        Map<String, Integer> linked = new LinkedHashMap<>();
        List<Expert> all = experts.list();
        all.forEach(e -> linked.put(e.id(), experts.linkedUsers(e.id()).size()));
        model.addAttribute("experts", all);
        model.addAttribute("linked", linked);
        return "console/experts";
    }

    @GetMapping("/admin/experts/new")
    String blank(Model model) {
        return form(model, ExpertFields.blank(), null, null);
    }

    @PostMapping("/admin/experts/new")
    String create(@Valid @ModelAttribute("form") ExpertFields form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, form, null, problem(errors));
        }
        return saved(form, null, model, redirect, () -> changes.create(form), "登録");
    }

    @GetMapping("/admin/experts/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        return form(model, ExpertFields.of(experts.find(id).orElseThrow(ExpertConsoleController::noSuchExpert)), id,
                null);
    }

    @PostMapping("/admin/experts/{id}/edit")
    String update(@PathVariable String id, @Valid @ModelAttribute("form") ExpertFields form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        experts.find(id).orElseThrow(ExpertConsoleController::noSuchExpert);
        if (errors.hasErrors()) {
            return form(model, form, id, problem(errors));
        }
        return saved(form, id, model, redirect,
                () -> changes.update(id, form).orElseThrow(ExpertConsoleController::noSuchExpert), "更新");
    }

    @PostMapping("/admin/experts/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        Expert gone = changes.delete(id).orElseThrow(ExpertConsoleController::noSuchExpert);
        redirect.addFlashAttribute("notice", "「" + gone.name() + "」を削除し、LINE連携も解除しました。");
        return "redirect:/admin/experts";
    }

    @PostMapping("/admin/experts/{id}/link-code")
    String linkCode(@PathVariable String id, RedirectAttributes redirect) {
        ExpertChanges.LinkCode issued = changes.issueLinkCode(id).orElseThrow(ExpertConsoleController::noSuchExpert);
        redirect.addFlashAttribute("linkCode", issued.code());
        redirect.addFlashAttribute("linkCodeFor", issued.expert().name());
        return "redirect:/admin/experts";
    }

    /** From a consultation's page, which lists the candidates ({@link ExpertsForConsultations}). */
    @PostMapping("/admin/consultations/{id}/expert-match")
    String matchExpert(@PathVariable String id, @RequestParam String expertId, RedirectAttributes redirect) {
        Introduction result = introductions.introduce(id, expertId);
        if (result instanceof Introduction.Made made) {
            redirect.addFlashAttribute("notice", made.staffSummary());
        } else {
            redirect.addFlashAttribute("problem", "相談 " + id + " は依頼できませんでした（"
                    + refusal(((Introduction.Refused) result).reason()) + "）。");
        }
        return "redirect:/admin/consultations/" + id;
    }

    /** Back to the list saying what was {@code done}, or the form again when a district is not the city's. */
    private String saved(ExpertFields form, String id, Model model, RedirectAttributes redirect, Supplier<Expert> save,
            String done) {
        try {
            redirect.addFlashAttribute("notice", "「" + save.get().name() + "」を" + done + "しました。");
            return "redirect:/admin/experts";
        } catch (ChangeRefused refused) {
            return form(model, form, id, UNKNOWN_DISTRICT);
        }
    }

    private String form(Model model, ExpertFields form, String id, String problem) {
        model.addAttribute("form", form);
        model.addAttribute("expertId", id);
        model.addAttribute("problem", problem);
        model.addAttribute("kinds", ExpertKind.values());
        model.addAttribute("fields", Expertise.values());
        List<String> districts = new ArrayList<>(List.of(Expert.CITYWIDE));
        districts.addAll(District.NAMES);
        model.addAttribute("districts", districts);
        return "console/expert-form";
    }

    /** Every thing staff must fix, in Japanese, once each. */
    private static String problem(BindingResult errors) {
        return String.join(" ", errors.getAllErrors().stream().map(ObjectError::getDefaultMessage).distinct()
                .sorted().toList());
    }

    private static ResponseStatusException noSuchExpert() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such expert");
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
}
