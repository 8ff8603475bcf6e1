package jp.miyazaki.kyodo.consultation;

import java.security.Principal;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.miyazaki.kyodo.admin.StaffConsole;
import jp.miyazaki.kyodo.consultation.InboxQuery.StatusFilter;
import jp.miyazaki.kyodo.line.Delivery;
import jp.miyazaki.kyodo.line.LineProperties;

/**
 * The consultations inbox: filtered by status (未完了 unless staff choose), assignee and words (the 受付番号 the
 * citizen was told, or what was written), with a count beside each status that is the length of the list it
 * shows. A consultation's own page (its reading is audited: it holds the citizen's contact) shows the thread of
 * what the citizen wrote and every answer sent, and lets staff answer on LINE (in local mode the answer goes to
 * the simulator's outbox), give it to a colleague, change its state and, when it needs a field of expertise,
 * confirm one of its expert candidates (shown through {@link ConsultationExperts}; confirming is the expert
 * module's). It calls the same services as the admin API, with the same refusals and audit entries.
 */
@Controller
@StaffConsole
class ConsultationConsoleController {

    private static final int CANDIDATES = 3;

    private final ConsultationInbox inbox;
    private final ConsultationAnswers answers;
    private final ConsultationExperts experts;
    private final LineProperties line;

    ConsultationConsoleController(ConsultationInbox inbox, ConsultationAnswers answers, ConsultationExperts experts,
            LineProperties line) {
        this.inbox = inbox;
        this.answers = answers;
        this.experts = experts;
        this.line = line;
    }

    @GetMapping("/admin/consultations")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String q, Model model) {
        StatusFilter shown = StatusFilter.parse(status).orElse(StatusFilter.OPEN);
        InboxQuery query = new InboxQuery(shown, assignee, q == null ? null : q.substring(0, Math.min(q.length(),
                200)));
        List<Consultation> listed = inbox.list(query);
        model.addAttribute("consultations", listed);
        model.addAttribute("languages", inbox.languages(listed));
        model.addAttribute("counts", inbox.counts(query));
        model.addAttribute("shown", shown);
        model.addAttribute("query", query);
        model.addAttribute("colleagues", inbox.colleagues());
        model.addAttribute("unassigned", InboxQuery.UNASSIGNED);
        return "console/consultations";
    }

    @GetMapping("/admin/consultations/{id}")
    String consultation(@PathVariable String id, Principal staff, Model model) {
        Consultation c = refusedAsPage(() -> inbox.read(id, staff.getName()));
        model.addAttribute("c", c);
        model.addAttribute("language", inbox.language(c));
        model.addAttribute("colleagues", inbox.colleagues());
        model.addAttribute("statuses", ConsultationStatus.values());
        model.addAttribute("maxAnswer", ConsultationAnswers.MAX_ANSWER);
        if (c.expertId() != null) {
            model.addAttribute("expertName", experts.matchedName(c));
        } else if (c.field() != null && c.status().isOpen()) {
            model.addAttribute("candidates", experts.candidates(c, CANDIDATES));
        }
        return "console/consultation";
    }

    @PostMapping("/admin/consultations/{id}/assign")
    String assign(@PathVariable String id, @RequestParam(required = false) String assignee, Principal staff,
            RedirectAttributes redirect) {
        try {
            Consultation assigned = inbox.assign(id, assignee, staff.getName());
            redirect.addFlashAttribute("notice", "相談 " + id + " の担当を " + assigned.assignee() + " さんにしました。");
        } catch (ConsultationRefused refused) {
            redirect.addFlashAttribute("problem", "担当を変えられませんでした（" + reason(refused) + "）。");
        }
        return back(id);
    }

    @PostMapping("/admin/consultations/{id}/status")
    String changeStatus(@PathVariable String id, @RequestParam ConsultationStatus status, Principal staff,
            RedirectAttributes redirect) {
        refusedAsPage(() -> inbox.changeStatus(id, status, staff.getName()));
        redirect.addFlashAttribute("notice", "相談 " + id + " を「" + status.label() + "」にしました。");
        return back(id);
    }

    @PostMapping("/admin/consultations/{id}/reply")
    String reply(@PathVariable String id, @RequestParam(required = false) String text, Principal staff,
            RedirectAttributes redirect) {
        ConsultationAnswers.Answered answered;
        try {
            answered = answers.answer(id, staff.getName(), text);
        } catch (ConsultationRefused refused) {
            if (refused.reason() == ConsultationRefused.Reason.NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such consultation");
            }
            return replyRefused(redirect, id, text, reason(refused));
        }
        if (!answered.delivered()) {
            return replyRefused(redirect, id, text, "LINEに届けられませんでした（"
                    + (answered.delivery() == Delivery.OVER_QUOTA ? "今月の送信上限に達しています" : "送信に失敗しました")
                    + "）。時間をおいてもう一度送ってください。");
        }
        redirect.addFlashAttribute("notice", line.configured() ? "相談 " + id + " の相談者にLINEで回答を届けました。"
                : "ローカルモードのため、相談 " + id + " への回答はシミュレーターの送信箱に入れました。");
        return back(id);
    }

    private static String back(String id) {
        return "redirect:/admin/consultations/" + id;
    }

    /** Back to the consultation with the reason next to its answer box, and the text kept. */
    private static String replyRefused(RedirectAttributes redirect, String id, String text, String reason) {
        redirect.addFlashAttribute("replyError", reason);
        redirect.addFlashAttribute("replyDraft", text == null ? "" : text);
        return back(id);
    }

    /** An unknown 受付番号 is the console's 404 page; other refusals are said where staff acted. */
    private static Consultation refusedAsPage(Supplier<Consultation> action) {
        try {
            return action.get();
        } catch (ConsultationRefused refused) {
            throw new ResponseStatusException(refused.reason() == ConsultationRefused.Reason.NOT_FOUND
                    ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT, refused.getMessage());
        }
    }

    private static String reason(ConsultationRefused refused) {
        return switch (refused.reason()) {
            case NOT_FOUND -> "相談が見つかりません";
            case CLOSED -> "完了した相談です。状態を戻してから操作してください";
            case NO_SUCH_STAFF -> "担当者を一覧から選んでください";
            case EMPTY_ANSWER -> "回答を入力してください";
            case ANSWER_TOO_LONG -> "回答は" + ConsultationAnswers.MAX_ANSWER + "文字以内にしてください";
        };
    }
}
