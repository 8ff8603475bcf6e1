package jp.miyazaki.kyodo.activity;

import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.StaffConsole;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.signup.SignUpLists;
import jp.miyazaki.kyodo.web.Bar;
import jp.miyazaki.kyodo.web.CsvForExcel;

/**
 * Attendance of an activity (its names read as a sign-up list is: by its department's staff, audited), the year's
 * activity records with the commendation CSV, and survey results.
 */
@Controller
@StaffConsole
class RecognitionConsoleController {

    private final CatalogRepository catalog;
    private final Attendance attendance;
    private final RecognitionReports reports;
    private final AuditLog audit;
    private final SignUpLists signUpLists;
    private final Clock clock;

    RecognitionConsoleController(CatalogRepository catalog, Attendance attendance, RecognitionReports reports,
            AuditLog audit, SignUpLists signUpLists, ObjectProvider<Clock> clock) {
        this.catalog = catalog;
        this.attendance = attendance;
        this.reports = reports;
        this.audit = audit;
        this.signUpLists = signUpLists;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/admin/opportunities/{id}/attendance")
    String attendance(@PathVariable String id, Model model) {
        Opportunity opportunity = opportunity(id);
        signUpLists.read(id, SignUpLists.Reading.ATTENDANCE);
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("roll", attendance.roll(id));
        model.addAttribute("started", !opportunity.start().toInstant().isAfter(clock.instant()));
        return "console/attendance";
    }

    @PostMapping("/admin/opportunities/{id}/attendance")
    String mark(@PathVariable String id, @RequestParam(name = "present", required = false) List<String> present,
            Principal staff, RedirectAttributes redirect) {
        Opportunity opportunity = opportunity(id);
        try {
            AttendanceMarked marked = attendance.mark(id,
                    new LinkedHashSet<>(present == null ? List.of() : present), staff.getName());
            audit.record("attendance.mark", new AuditLog.Target(id, marked.title()), "出席 " + marked.present() + "件・欠席 "
                    + marked.absent() + "件", List.of());
            redirect.addFlashAttribute("notice", "「%s」の出席を保存しました（出席 %d件・%d名、欠席 %d件）。"
                    .formatted(opportunity.title(), marked.present(), marked.people(), marked.absent()));
        } catch (AttendanceRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/admin/opportunities/" + id + "/attendance";
    }

    @GetMapping("/admin/activity-records")
    String records(@RequestParam(required = false) Integer year, Model model) {
        RecognitionReports.Totals totals = reports.totals(year(year));
        model.addAttribute("year", totals.year());
        model.addAttribute("totals", totals);
        model.addAttribute("categoryBars", Bar.scaled(participations(totals.byCategory())));
        model.addAttribute("districtBars", Bar.scaled(participations(totals.byDistrict())));
        return "console/activity-records";
    }

    @GetMapping("/admin/activity-records.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year) {
        int chosen = year(year);
        audit.record("activity-records.export", new AuditLog.Target(Integer.toString(chosen), chosen + "年の活動記録"), null,
                List.of());
        return ResponseEntity.ok().contentType(CsvForExcel.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("activity-records-" + chosen + ".csv").build().toString())
                .body(reports.csv(chosen));
    }

    @GetMapping("/admin/feedback")
    String feedback(@RequestParam(required = false) Integer year, Model model) {
        RecognitionReports.FeedbackReport report = reports.feedback(year(year));
        model.addAttribute("year", report.year());
        model.addAttribute("activities", report.activities().stream().map(FeedbackChart::of).toList());
        model.addAttribute("organisers", report.organisers().stream().map(FeedbackChart::of).toList());
        return "console/feedback";
    }

    /** One summary with its bars: the average on a 5-point scale and how many gave each rating, 5 first. */
    record FeedbackChart(RecognitionReports.FeedbackSummary summary, int averagePercent, List<Bar> distribution) {
        static FeedbackChart of(RecognitionReports.FeedbackSummary summary) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int rating = 5; rating >= 1; rating--) {
                counts.put("満足度 " + rating, (long) summary.distribution().get(rating - 1));
            }
            return new FeedbackChart(summary, (int) Math.round(summary.average() * 20), Bar.scaled(counts));
        }
    }

    private static Map<String, Long> participations(List<RecognitionReports.Total> totals) {
        Map<String, Long> bars = new LinkedHashMap<>();
        totals.forEach(total -> bars.put(total.label(), total.participations()));
        return bars;
    }

    private int year(Integer year) {
        if (year == null) {
            return clock.instant().atZone(CityTime.ZONE).getYear();
        }
        if (year < 2000 || year > 2100) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year must be between 2000 and 2100");
        }
        return year;
    }

    private Opportunity opportunity(String id) {
        return catalog.findOpportunity(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such opportunity"));
    }
}
