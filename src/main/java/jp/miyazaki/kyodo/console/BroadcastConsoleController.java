package jp.miyazaki.kyodo.console;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.broadcast.Audience;
import jp.miyazaki.kyodo.broadcast.Broadcast;
import jp.miyazaki.kyodo.broadcast.BroadcastDelivery;
import jp.miyazaki.kyodo.broadcast.BroadcastJobs;
import jp.miyazaki.kyodo.broadcast.OpportunityCards;
import jp.miyazaki.kyodo.broadcast.QuietHours;
import jp.miyazaki.kyodo.broadcast.Segment;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.District;
import jp.miyazaki.kyodo.line.LineLimits;

/**
 * The broadcast composer (segment picker, live recipient count, LINE-like preview, optional time) and the
 * progress of sent jobs. Creates jobs the same way as {@code POST /api/admin/broadcasts}.
 */
@Controller
class BroadcastConsoleController {

    private final BroadcastJobs jobs;
    private final BroadcastDelivery delivery;
    private final ObjectProvider<Audience> audience;
    private final ObjectProvider<OpportunityCards> cards;
    private final QuietHours quietHours;
    private final CatalogRepository catalog;
    private final AuditLog audit;
    private final Clock clock;

    BroadcastConsoleController(BroadcastJobs jobs, BroadcastDelivery delivery, ObjectProvider<Audience> audience,
            ObjectProvider<OpportunityCards> cards, QuietHours quietHours, CatalogRepository catalog, AuditLog audit,
            ObjectProvider<Clock> clock) {
        this.jobs = jobs;
        this.delivery = delivery;
        this.audience = audience;
        this.cards = cards;
        this.quietHours = quietHours;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/admin/broadcasts")
    String list(Model model) {
        model.addAttribute("broadcasts", jobs.latest(50));
        return "console/broadcasts";
    }

    @GetMapping("/admin/broadcasts/new")
    String composer(Model model) {
        model.addAttribute("categories", Category.values());
        model.addAttribute("districts", District.NAMES);
        // Without the cards feature a chosen opportunity would be dropped silently, so it is not offered.
        model.addAttribute("opportunities", cards.getIfAvailable() == null ? List.of()
                : catalog.listOpportunities());
        model.addAttribute("audienceReady", audience.getIfAvailable() != null);
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
            @RequestParam(defaultValue = "false") boolean urgent, Principal staff, RedirectAttributes redirect) {
        requireAudience();
        if (text.isBlank() || text.length() > LineLimits.TEXT_LENGTH) {
            redirect.addFlashAttribute("notice", "本文は1〜" + LineLimits.TEXT_LENGTH + "文字で入力してください。");
            return "redirect:/admin/broadcasts/new";
        }
        String opportunity = opportunityId == null || opportunityId.isBlank() ? null : opportunityId;
        OpportunityCards catalogCards = cards.getIfAvailable();
        if (opportunity != null && (catalogCards == null || catalogCards.card(opportunity).isEmpty())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown opportunity");
        }
        Segment segment = new SegmentChoice(Set.copyOf(orEmpty(categories)), Set.copyOf(orEmpty(districts)))
                .toSegment();
        Instant now = Instant.now(clock);
        Instant wanted = scheduledAt == null ? now : scheduledAt.atZone(OpportunityForm.TOKYO).toInstant();
        Instant dueAt = quietHours.sendAt(wanted.isBefore(now) ? now : wanted, urgent);
        Broadcast job = jobs.create(text, opportunity, segment, urgent, staff.getName(), now, dueAt);
        audit.record("broadcast.create", job.id(), "segment=" + job.segment() + " dueAt=" + dueAt);
        delivery.wake();
        return "redirect:/admin/broadcasts/" + job.id();
    }

    @GetMapping("/admin/broadcasts/{id}")
    String status(@PathVariable String id, Model model) {
        Broadcast job = job(id);
        model.addAttribute("job", job);
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
        if (jobs.cancel(id, Instant.now(clock))) {
            audit.record("broadcast.cancel", id, null);
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
        Audience wired = audience.getIfAvailable();
        if (wired == null) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "no audience wired");
        }
        return wired;
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

    /** How many citizens the ticked segment reaches now. */
    record RecipientCount(long recipients) {
    }
}
