package jp.miyazaki.kyodo.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.catalog.District;
import jp.miyazaki.kyodo.consultation.Expertise;
import jp.miyazaki.kyodo.expert.Expert;
import jp.miyazaki.kyodo.expert.ExpertAuditFields;
import jp.miyazaki.kyodo.expert.ExpertKind;
import jp.miyazaki.kyodo.expert.Experts;

/**
 * The expert registry for staff: list, add, edit, delete, and a one-time link code that is shown once, right
 * after it is issued, so the expert can link their LINE account.
 */
@Controller
class ExpertConsoleController {

    private static final int MAX_TEXT = 300;

    private final Experts experts;
    private final AuditLog audit;

    ExpertConsoleController(Experts experts, AuditLog audit) {
        this.experts = experts;
        this.audit = audit;
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
        return form(model, ExpertForm.blank(), null, null);
    }

    @PostMapping("/admin/experts/new")
    String create(@ModelAttribute("form") ExpertForm form, Model model, RedirectAttributes redirect) {
        String problem = form.problem();
        if (problem != null) {
            return form(model, form, null, problem);
        }
        Expert created = experts.create(form.toExpert(null, false));
        audit.record("expert.create", new AuditLog.Target(created.id(), created.name()), null, List.of());
        redirect.addFlashAttribute("notice", "「" + created.name() + "」を登録しました。");
        return "redirect:/admin/experts";
    }

    @GetMapping("/admin/experts/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        return form(model, ExpertForm.of(existing(id)), id, null);
    }

    @PostMapping("/admin/experts/{id}/edit")
    String update(@PathVariable String id, @ModelAttribute("form") ExpertForm form, Model model,
            RedirectAttributes redirect) {
        Expert before = existing(id);
        String problem = form.problem();
        if (problem != null) {
            return form(model, form, id, problem);
        }
        Expert after = form.toExpert(id, before.sample());
        experts.save(after);
        audit.record("expert.update", new AuditLog.Target(id, after.name()), null,
                ExpertAuditFields.of(before, after));
        redirect.addFlashAttribute("notice", "「" + after.name() + "」を更新しました。");
        return "redirect:/admin/experts";
    }

    @PostMapping("/admin/experts/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        Expert gone = existing(id);
        experts.delete(id);
        audit.record("expert.delete", new AuditLog.Target(id, gone.name()), "LINE連携も解除", List.of());
        redirect.addFlashAttribute("notice", "「" + gone.name() + "」を削除し、LINE連携も解除しました。");
        return "redirect:/admin/experts";
    }

    @PostMapping("/admin/experts/{id}/link-code")
    String linkCode(@PathVariable String id, RedirectAttributes redirect) {
        Expert expert = existing(id);
        String code = experts.issueLinkCode(id);
        audit.record("expert.link-code", new AuditLog.Target(id, expert.name()), null, List.of());
        redirect.addFlashAttribute("linkCode", code);
        redirect.addFlashAttribute("linkCodeFor", expert.name());
        return "redirect:/admin/experts";
    }

    private String form(Model model, ExpertForm form, String id, String problem) {
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

    private Expert existing(String id) {
        return experts.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such expert"));
    }

    /** The form's fields; ids for kind and fields, district names or 市内全域. */
    record ExpertForm(String name, String kind, List<String> fields, List<String> districts, String profile,
            String publicContact, String staffContact) {

        static ExpertForm blank() {
            return new ExpertForm("", ExpertKind.INDIVIDUAL.id(), List.of(), List.of(Expert.CITYWIDE), "", "", "");
        }

        static ExpertForm of(Expert e) {
            return new ExpertForm(e.name(), e.kind().id(), e.fields().stream().map(Expertise::id).toList(),
                    e.districts(), e.profile(), e.publicContact(), e.staffContact());
        }

        /** What staff must fix, in Japanese, or {@code null}. */
        String problem() {
            if (name == null || name.isBlank() || name.length() > 80) {
                return "名前を80文字以内で入力してください。";
            }
            if (ExpertKind.parse(kind).isEmpty()) {
                return "種類を選んでください。";
            }
            if (fields == null || fields.isEmpty() || fields.stream().anyMatch(f -> Expertise.parse(f).isEmpty())) {
                return "対応できる分野を1つ以上選んでください。";
            }
            if (districts != null && districts.stream().anyMatch(d -> !d.equals(Expert.CITYWIDE)
                    && District.canonical(d).isEmpty())) {
                return "地域は一覧から選んでください。";
            }
            if (length(profile) > MAX_TEXT || length(publicContact) > MAX_TEXT || length(staffContact) > MAX_TEXT) {
                return "紹介文と連絡先は" + MAX_TEXT + "文字以内で入力してください。";
            }
            return null;
        }

        Expert toExpert(String id, boolean sample) {
            return new Expert(id, name.strip(), ExpertKind.parse(kind).orElseThrow(),
                    fields.stream().distinct().map(f -> Expertise.parse(f).orElseThrow()).toList(),
                    districts == null ? List.of() : districts, strip(profile), strip(publicContact),
                    strip(staffContact), sample);
        }

        public boolean hasField(String id) {
            return fields != null && fields.contains(id);
        }

        public boolean hasDistrict(String district) {
            return districts != null && districts.contains(district);
        }

        private static int length(String text) {
            return text == null ? 0 : text.length();
        }

        private static String strip(String text) {
            return text == null ? "" : text.strip();
        }
    }
}
