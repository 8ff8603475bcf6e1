package jp.miyazaki.kyodo.console;

import java.security.Principal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.miyazaki.kyodo.admin.Departments;
import jp.miyazaki.kyodo.broadcast.Audience;
import jp.miyazaki.kyodo.broadcast.Broadcast;
import jp.miyazaki.kyodo.broadcast.BroadcastJobs;
import jp.miyazaki.kyodo.broadcast.BroadcastScheduling;
import jp.miyazaki.kyodo.broadcast.Segment;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.District;
import jp.miyazaki.kyodo.shared.LineLimits;

/**
 * The broadcast composer (segment picker, live recipient count, LINE-like preview, optional time) and the
 * progress of sent jobs. Creates jobs the same way as {@code POST /api/admin/broadcasts}.
 */
@Controller
class BroadcastConsoleController {

    private final BroadcastJobs jobs;
    private final BroadcastScheduling scheduling;
    private final CatalogRepository catalog;
    private final Departments departments;

    BroadcastConsoleController(BroadcastJobs jobs, BroadcastScheduling scheduling, CatalogRepository catalog,
            Departments departments) {
        this.jobs = jobs;
        this.scheduling = scheduling;
        this.catalog = catalog;
        this.departments = departments;
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
        model.addAttribute("categories", Category.values());
        model.addAttribute("districts", District.NAMES);
        // Without the cards feature a chosen opportunity would be dropped silently, so it is not offered.
        model.addAttribute("opportunities", scheduling.cardsAvailable() ? catalog.listOpportunities() : List.of());
        model.addAttribute("audienceReady", scheduling.audience().isPresent());
        model.addAttribute("maxLength", LineLimits.TEXT_LENGTH);
        return "console/broadcast-new";
    }

    /** The live count behind the composer (a fetch with the session and CSRF token). */
    @PostMapping("/admin/broadcasts/count")
    @ResponseBody
    RecipientCount count(@RequestBody SegmentChoice choice) {
        return new RecipientCount(requireAudience().count(choice.toSegment()));
    }

    @PostMapping("/admin/broadcasts/new")
    String send(@RequestParam String text, @RequestParam(required = false) List<String> categories,
            @RequestParam(required = false) List<String> districts,
            @RequestParam(required = false) String opportunityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            LocalDateTime scheduledAt,
            @RequestParam(defaultValue = "false") boolean urgent,
            @RequestParam(required = false) String department, Principal staff, RedirectAttributes redirect) {
        requireAudience();
        if (text.isBlank() || text.length() > LineLimits.TEXT_LENGTH) {
            redirect.addFlashAttribute("notice", "本文は1〜" + LineLimits.TEXT_LENGTH + "文字で入力してください。");
            return "redirect:/admin/broadcasts/new";
        }
        String sentFor = department == null || department.isBlank() ? null : department;
        if (sentFor != null && !departments.isKnown(sentFor)) {
            redirect.addFlashAttribute("notice", "部署を一覧から選んでください。");
            return "redirect:/admin/broadcasts/new";
        }
        String opportunity = opportunityId == null || opportunityId.isBlank() ? null : opportunityId;
        Segment segment = new SegmentChoice(Set.copyOf(orEmpty(categories)), Set.copyOf(orEmpty(districts)))
                .toSegment();
        Broadcast job = scheduling.schedule(text, opportunity, segment,
                scheduledAt == null ? null : scheduledAt.atZone(OpportunityForm.TOKYO).toInstant(), urgent,
                staff.getName(), sentFor).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "unknown opportunity"));
        return "redirect:/admin/broadcasts/" + job.id();
    }

    @GetMapping("/admin/broadcasts/{id}")
    String status(@PathVariable String id, Model model) {
        Broadcast job = job(id);
        model.addAttribute("job", job);
        model.addAttribute("jobDepartment", departments.of(job.department()));
        model.addAttribute("categoryNames", job.segment().categories().isEmpty() ? "すべて"
                : job.segment().categories().stream()
                        .map(category -> Category.parse(category).map(Category::label).orElse(category))
                        .sorted().collect(Collectors.joining("、")));
        model.addAttribute("districtNames", job.segment().districts().isEmpty() ? "すべて"
                : job.segment().districts().stream().sorted().collect(Collectors.joining("、")));
        return "console/broadcast";
    }

    @PostMapping("/admin/broadcasts/{id}/cancel")
    String cancel(@PathVariable String id, RedirectAttributes redirect) {
        job(id);
        if (scheduling.cancel(id)) {
            redirect.addFlashAttribute("notice", "配信を取り消しました。");
        } else {
            redirect.addFlashAttribute("notice", "この配信はすでに終わっているため取り消せません。");
        }
        return "redirect:/admin/broadcasts/" + id;
    }

    private Broadcast job(String id) {
        return jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no such broadcast"));
    }

    private Audience requireAudience() {
        return scheduling.audience().orElseThrow(() ->
                new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "no audience wired"));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
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

    /** How many citizens the ticked segment reaches now. */
    record RecipientCount(long recipients) {
    }
}
