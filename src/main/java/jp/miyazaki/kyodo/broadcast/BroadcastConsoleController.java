package jp.miyazaki.kyodo.broadcast;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.miyazaki.kyodo.admin.DepartmentRule;
import jp.miyazaki.kyodo.admin.Departments;
import jp.miyazaki.kyodo.admin.StaffConsole;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.shared.LineLimits;

/**
 * The broadcast composer (segment picker, live recipient count with how many read each text, LINE-like preview,
 * an optional English text, optional time), the
 * confirmation before sending (the recipient count; none to 0 recipients) and before cancelling, and the progress
 * of sent jobs. Creates jobs the same way as {@code POST /api/admin/broadcasts}. Only the job's department's staff
 * (and admins) cancel it ({@link DepartmentRule}).
 */
@Controller
@StaffConsole
class BroadcastConsoleController {

    private final BroadcastJobs jobs;
    private final BroadcastScheduling scheduling;
    private final BroadcastChoices choices;
    private final CategoryNames categoryNames;
    private final Departments departments;
    private final DepartmentRule departmentRule;
    private final QuietHours quietHours;
    private final Clock clock;

    BroadcastConsoleController(BroadcastJobs jobs, BroadcastScheduling scheduling, BroadcastChoices choices,
            CategoryNames categoryNames, Departments departments, DepartmentRule departmentRule,
            QuietHours quietHours, ObjectProvider<Clock> clock) {
        this.jobs = jobs;
        this.scheduling = scheduling;
        this.choices = choices;
        this.categoryNames = categoryNames;
        this.departments = departments;
        this.departmentRule = departmentRule;
        this.quietHours = quietHours;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/admin/broadcasts")
    String list(@RequestParam(required = false) String department, Model model) {
        model.addAttribute("broadcasts", jobs.latest(50).stream()
                .filter(job -> departments.matches(job.department(), department))
                .map(job -> new BroadcastRow(job, departments.of(job.department()))).toList());
        model.addAttribute("department", department);
        return "console/broadcasts";
    }

    @GetMapping("/admin/broadcasts/new")
    String composer(Model model) {
        return composer(BroadcastDraft.EMPTY, model);
    }

    /** The composer again with what was written, from the confirmation's 戻って直す. */
    @PostMapping("/admin/broadcasts/edit")
    String edit(@ModelAttribute BroadcastDraft draft, Model model) {
        return composer(draft.normalised(), model);
    }

    /** The live count behind the composer (a fetch with the session and CSRF token). */
    @PostMapping("/admin/broadcasts/count")
    @ResponseBody
    BroadcastScheduling.Reach count(@RequestBody SegmentChoice choice) {
        requireAudience();
        return scheduling.reach(choice.toSegment());
    }

    /**
     * What sending would do, before anything is sent: how many citizens it reaches now, when it goes, the text as
     * they will see it. A draft that cannot be sent (a blank text, no recipient) goes back to the composer, said.
     */
    @PostMapping("/admin/broadcasts/confirm")
    String confirm(@ModelAttribute BroadcastDraft draft, Model model) {
        BroadcastDraft written = draft.normalised();
        requireAudience();
        BroadcastScheduling.Reach reach = scheduling.reach(written.segment());
        String problem = problem(written, reach.recipients());
        if (problem != null) {
            model.addAttribute("problem", problem);
            return composer(written, model);
        }
        model.addAttribute("draft", written);
        model.addAttribute("recipients", reach.recipients());
        model.addAttribute("reach", reach);
        model.addAttribute("categoryNames", namedCategories(written.segment()));
        model.addAttribute("districtNames", districtNames(written.segment()));
        Instant wanted = written.wanted(clock);
        Instant dueAt = quietHours.sendAt(wanted, written.urgent());
        model.addAttribute("dueAt", dueAt);
        model.addAttribute("heldForQuietHours", dueAt.isAfter(wanted));
        model.addAttribute("immediately", written.scheduledAt() == null && !dueAt.isAfter(wanted));
        model.addAttribute("opportunityTitle", written.opportunityId() == null ? null
                : choices.opportunityTitle(written.opportunityId()).orElse(null));
        model.addAttribute("sentFor", written.department() == null ? staffDepartment(model)
                : written.department());
        return "console/broadcast-confirm";
    }

    /** Sends (or schedules) a confirmed draft; checked again, since the audience may have changed meanwhile. */
    @PostMapping("/admin/broadcasts/new")
    String send(@ModelAttribute BroadcastDraft draft, Principal staff, Model model) {
        BroadcastDraft written = draft.normalised();
        String problem = problem(written, requireAudience().count(written.segment()));
        if (problem != null) {
            model.addAttribute("problem", problem);
            return composer(written, model);
        }
        Broadcast job = scheduling.schedule(written.text(), written.englishText(), written.opportunityId(),
                written.segment(),
                written.scheduledAt() == null ? null : written.scheduledAt().atZone(CityTime.ZONE).toInstant(),
                written.urgent(), staff.getName(), written.department()).orElse(null);
        if (job == null) {
            model.addAttribute("problem", "添える活動カードが見つかりませんでした。活動を選び直してください。");
            return composer(written, model);
        }
        return "redirect:/admin/broadcasts/" + job.id();
    }

    @GetMapping("/admin/broadcasts/{id}")
    String status(@PathVariable String id, Model model) {
        Broadcast job = job(id);
        model.addAttribute("job", job);
        model.addAttribute("jobDepartment", departments.of(job.department()));
        model.addAttribute("categoryNames", namedCategories(job.segment()));
        model.addAttribute("districtNames", districtNames(job.segment()));
        return "console/broadcast";
    }

    /** What cancelling would do: who has it already, and who will not get it. */
    @GetMapping("/admin/broadcasts/{id}/cancel")
    String confirmCancel(@PathVariable String id, Model model) {
        Broadcast job = job(id);
        departmentRule.requireMayChange(job.department());
        model.addAttribute("job", job);
        // Before sending starts the job has no recipients yet: the segment's count now is who would get it. Once
        // sending, recipients already leaves out the unfollowed (skipped).
        model.addAttribute("notReached", job.status() == BroadcastStatus.SCHEDULED
                ? requireAudience().count(job.segment())
                : Math.max(0, job.recipients() - job.sent() - job.failed()));
        return "console/broadcast-cancel";
    }

    @PostMapping("/admin/broadcasts/{id}/cancel")
    String cancel(@PathVariable String id, RedirectAttributes redirect) {
        job(id);
        if (scheduling.cancel(id)) {
            redirect.addFlashAttribute("notice", "配信を取り消しました。");
        } else {
            redirect.addFlashAttribute("problem", "この配信はすでに終わっているため取り消せませんでした。");
        }
        return "redirect:/admin/broadcasts/" + id;
    }

    private String composer(BroadcastDraft draft, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("categories", choices.categories());
        model.addAttribute("districts", choices.districts());
        // Without the cards feature a chosen opportunity would be dropped silently, so it is not offered.
        model.addAttribute("opportunities", scheduling.cardsAvailable() ? choices.opportunities() : List.of());
        model.addAttribute("audienceReady", scheduling.audience().isPresent());
        model.addAttribute("maxLength", LineLimits.TEXT_LENGTH);
        return "console/broadcast-new";
    }

    /** Why a draft cannot go, in staff's words; null when it can. */
    private String problem(BroadcastDraft draft, long recipients) {
        if (draft.text() == null || draft.text().length() > LineLimits.TEXT_LENGTH) {
            return "本文は1〜" + LineLimits.TEXT_LENGTH + "文字で入力してください。";
        }
        if (draft.englishText() != null && draft.englishText().length() > LineLimits.TEXT_LENGTH) {
            return "英語の本文は" + LineLimits.TEXT_LENGTH + "文字までにしてください。";
        }
        if (draft.department() != null && !departments.isKnown(draft.department())) {
            return "部署を一覧から選んでください。";
        }
        if (draft.scheduledAt() != null && scheduling.isPast(draft.scheduledAt().atZone(CityTime.ZONE).toInstant())) {
            return BroadcastScheduling.PastSendTime.EXPLANATION;
        }
        if (recipients == 0) {
            return "選んだ分野・地域で通知を受け取っている方は0人のため、配信できません。分野や地域の選択を減らしてください"
                    + "（何も選ばなければ全員に届きます）。";
        }
        return null;
    }

    private static String staffDepartment(Model model) {
        return model.getAttribute("staffDepartment") instanceof String department ? department : null;
    }

    private String namedCategories(Segment segment) {
        return segment.categories().isEmpty() ? "すべて" : segment.categories().stream()
                .map(categoryNames::of)
                .sorted().collect(Collectors.joining("、"));
    }

    private static String districtNames(Segment segment) {
        return segment.districts().isEmpty() ? "すべて"
                : segment.districts().stream().sorted().collect(Collectors.joining("、"));
    }

    private Broadcast job(String id) {
        return jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no such broadcast"));
    }

    private Audience requireAudience() {
        return scheduling.audience().orElseThrow(() ->
                new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "no audience wired"));
    }

    /**
     * What staff wrote in the composer, carried through the confirmation in hidden fields: blanks read as absent,
     * so the confirmation, the send and 戻って直す see the same draft.
     */
    record BroadcastDraft(String text, String englishText, List<String> categories, List<String> districts,
            String opportunityId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime scheduledAt,
            Boolean urgent, String department) {

        static final BroadcastDraft EMPTY = new BroadcastDraft(null, null, List.of(), List.of(), null, null, false,
                null);

        BroadcastDraft normalised() {
            return new BroadcastDraft(blankToNull(text), blankToNull(englishText), categories == null ? List.of() : List.copyOf(categories),
                    districts == null ? List.of() : List.copyOf(districts), blankToNull(opportunityId), scheduledAt,
                    Boolean.TRUE.equals(urgent), blankToNull(department));
        }

        Segment segment() {
            return new Segment(Set.copyOf(categories), Set.copyOf(districts));
        }

        /** When staff want it sent: now when no time (or a past one) is given. */
        Instant wanted(Clock clock) {
            Instant now = clock.instant();
            Instant at = scheduledAt == null ? now : scheduledAt.atZone(CityTime.ZONE).toInstant();
            return at.isBefore(now) ? now : at;
        }

        /** For the composer: whether a category (by id) was ticked. */
        public boolean hasCategory(String id) {
            return categories.contains(id);
        }

        /** For the composer: whether a district was ticked. */
        public boolean hasDistrict(String name) {
            return districts.contains(name);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }

    /** Categories and districts ticked in the composer. */
    record SegmentChoice(Set<String> categories, Set<String> districts) {

        Segment toSegment() {
            return new Segment(categories, districts);
        }
    }

    /** A job with the department it was sent for (jobs from before departments read as the default one). */
    record BroadcastRow(Broadcast job, String department) {
    }
}
