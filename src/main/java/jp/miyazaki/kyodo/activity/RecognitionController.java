package jp.miyazaki.kyodo.activity;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.StaffApi;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.signup.SignUpLists;
import jp.miyazaki.kyodo.web.CsvForExcel;

/**
 * Recognition for staff: an activity's roll and marking who came, the year's totals, the CSV of records per
 * citizen for the city's commendation (表彰), and what participants said in the thank-you survey. Marking and the
 * CSV are audited; the CSV carries names.
 */
@StaffApi
@RestController
@RequestMapping("/api/admin")
@Tag(name = "recognition")
public class RecognitionController {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final Attendance attendance;
    private final RecognitionReports reports;
    private final AuditLog audit;
    private final SignUpLists signUpLists;
    private final Clock clock;

    public RecognitionController(Attendance attendance, RecognitionReports reports, AuditLog audit,
            SignUpLists signUpLists, ObjectProvider<Clock> clock) {
        this.attendance = attendance;
        this.reports = reports;
        this.audit = audit;
        this.signUpLists = signUpLists;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The sign-ups marked present; every other confirmed sign-up is marked absent. */
    public record AttendanceRequest(@NotNull @Size(max = 1000) List<@NotBlank @Size(max = 20) String> present) {
    }

    @GetMapping("/opportunities/{id}/attendance")
    @Operation(summary = "The roll of an activity: its confirmed sign-ups and whether each was marked present")
    public List<RollEntry> roll(@PathVariable String id) {
        signUpLists.read(id, SignUpLists.Reading.ATTENDANCE);
        return refusedAsProblem(() -> attendance.roll(id));
    }

    @PutMapping("/opportunities/{id}/attendance")
    @Operation(summary = "Marks exactly these sign-up references present (replaces an earlier marking); "
            + "allowed once the activity has started (409 before)")
    public AttendanceMarked mark(@PathVariable String id, @Valid @RequestBody AttendanceRequest request,
            Principal staff) {
        AttendanceMarked marked = refusedAsProblem(() -> attendance.mark(id,
                new LinkedHashSet<>(request.present()), staff.getName()));
        audit.record("attendance.mark", new AuditLog.Target(id, marked.title()), "出席 " + marked.present() + "件・欠席 "
                + marked.absent() + "件", List.of());
        return marked;
    }

    @GetMapping("/activity-records/totals")
    @Operation(summary = "A year's participations, people and person-hours, overall, by category and by district")
    public RecognitionReports.Totals totals(@Parameter(description = "default: this year (Asia/Tokyo)")
            @RequestParam(required = false) Integer year) {
        return reports.totals(year(year));
    }

    @GetMapping(path = "/activity-records.csv", produces = "text/csv")
    @Operation(summary = "A year's activity records per citizen for the commendation, as CSV for Excel "
            + "(UTF-8 with BOM): name given at sign-up, activities, hours, first and last date")
    public ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year) {
        int chosen = year(year);
        byte[] csv = reports.csv(chosen);
        audit.record("activity-records.export", new AuditLog.Target(Integer.toString(chosen), chosen + "年の活動記録"), null,
                List.of());
        return ResponseEntity.ok().contentType(CsvForExcel.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("activity-records-" + chosen + ".csv", StandardCharsets.UTF_8).build().toString())
                .body(csv);
    }

    @GetMapping("/feedback")
    @Operation(summary = "A year's survey answers per activity and per organiser: answers, average 満足度, "
            + "distribution 1–5 and comments, without who answered")
    public RecognitionReports.FeedbackReport feedback(@RequestParam(required = false) Integer year) {
        return reports.feedback(year(year));
    }

    private int year(Integer year) {
        if (year == null) {
            return clock.instant().atZone(CityTime.ZONE).getYear();
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year must be between 2000 and 2100");
        }
        return year;
    }

    private static <T> T refusedAsProblem(Supplier<T> call) {
        try {
            return call.get();
        } catch (AttendanceRefused refused) {
            HttpStatus status = switch (refused.reason()) {
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                case NOT_STARTED -> HttpStatus.CONFLICT;
                case UNKNOWN_REFERENCE -> HttpStatus.BAD_REQUEST;
            };
            throw new ResponseStatusException(status, refused.getMessage());
        }
    }
}
