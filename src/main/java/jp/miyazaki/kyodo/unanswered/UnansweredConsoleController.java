package jp.miyazaki.kyodo.unanswered;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jp.miyazaki.kyodo.admin.StaffConsole;

/** The questions citizens asked that the bot could not answer, as the unanswered log keeps them (masked). */
@Controller
@StaffConsole
class UnansweredConsoleController {

    /** As many as the page shows; similar questions are counted among these. */
    private static final int SHOWN = 200;

    private final UnansweredQuestions questions;

    UnansweredConsoleController(UnansweredQuestions questions) {
        this.questions = questions;
    }

    @GetMapping("/admin/unanswered")
    String unanswered(Model model) {
        model.addAttribute("questions", questions.latest(SHOWN));
        model.addAttribute("shown", SHOWN);
        return "console/unanswered";
    }
}
