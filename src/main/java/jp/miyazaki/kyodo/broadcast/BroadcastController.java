package jp.miyazaki.kyodo.broadcast;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;

import jp.miyazaki.kyodo.admin.Departments;
import jp.miyazaki.kyodo.admin.StaffApi;
import jp.miyazaki.kyodo.shared.LineLimits;

/**
 * Staff send notices to a segment: create (now, at a time, or — outside urgent cases — at the end of quiet
 * hours), follow progress, cancel, and preview how many citizens a segment reaches.
 */
@StaffApi
@RestController
@RequestMapping("/api/admin/broadcasts")
public class BroadcastController {

    private static final String NO_AUDIENCE = "Broadcasts are not available yet: no audience (notice "
            + "subscriptions) is wired into this app.";

    private final BroadcastJobs jobs;
    private final BroadcastScheduling scheduling;
    private final Departments departments;

    public BroadcastController(BroadcastJobs jobs, BroadcastScheduling scheduling, Departments departments) {
        this.jobs = jobs;
        this.scheduling = scheduling;
        this.departments = departments;
    }

    @PostMapping
    public ResponseEntity<Created> create(@Valid @RequestBody NewBroadcast request, Principal staff) {
        requireAudience();
        if (request.department() != null && !departments.isKnown(request.department())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown department; see /api/admin/departments");
        }
        Broadcast job;
        try {
            job = scheduling.schedule(request.text(), request.englishText(), request.opportunityId(),
                    request.segmentOrEveryone(), request.scheduledAt() == null ? null : request.scheduledAt().toInstant(), request.isUrgent(),
                    staff.getName(), request.department()).orElseThrow(() -> new ResponseStatusException(
                            HttpStatus.BAD_REQUEST, "unknown opportunity"));
        } catch (BroadcastScheduling.PastSendTime past) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, past.getMessage());
        } catch (BroadcastScheduling.NoRecipients nobody) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, "no citizen who accepted notices is "
                    + "in this segment; nothing was created");
        }
        return ResponseEntity.accepted().location(URI.create("/api/admin/broadcasts/" + job.id()))
                .body(new Created(job.id(), job.status(), job.dueAt()));
    }

    @GetMapping
    @Operation(summary = "The 50 newest broadcasts; only those sent for one department with ?department=")
    public List<Broadcast> latest(@RequestParam(required = false) @Size(max = 40) String department) {
        return jobs.latest(50).stream().filter(job -> departments.matches(job.department(), department)).toList();
    }

    @GetMapping("/{id}")
    public Broadcast get(@PathVariable String id) {
        return jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no such broadcast"));
    }

    @PostMapping("/{id}/cancel")
    public Broadcast cancel(@PathVariable String id) {
        Broadcast job = get(id);
        if (!scheduling.cancel(id)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "the broadcast has already ended: "
                    + jobs.status(job.id()).id());
        }
        return get(id);
    }

    @PostMapping("/preview")
    @Operation(summary = "How many citizens a segment reaches now: recipients in all, of whom japanese get the "
            + "text and english the englishText (citizens whose language is English; all others read Japanese)")
    public BroadcastScheduling.Reach preview(@Valid @RequestBody SegmentRequest segment) {
        requireAudience();
        return scheduling.reach(segment.toSegment());
    }

    private Audience requireAudience() {
        return scheduling.audience().orElseThrow(() ->
                new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, NO_AUDIENCE));
    }

    /**
     * A notice to send; {@code urgent} notices are not held back by quiet hours. It is sent for {@code department}
     * (one of {@code /api/admin/departments}), by default the staff member's own. {@code englishText}, if given,
     * is what citizens whose language is English get instead of {@code text}; everyone else (Japanese, やさしい日本語,
     * not known) gets {@code text}.
     */
    public record NewBroadcast(
            @NotBlank @Size(max = LineLimits.TEXT_LENGTH) String text,
            @Schema(description = "The notice in English for citizens whose language is English (their choice, "
                    + "else their LINE profile's); absent or blank: everyone gets text")
            @Size(max = LineLimits.TEXT_LENGTH) String englishText,
            @Size(max = 100) String opportunityId,
            @Valid SegmentRequest segment,
            OffsetDateTime scheduledAt,
            Boolean urgent,
            @Size(max = 40) String department) {

        boolean isUrgent() {
            return Boolean.TRUE.equals(urgent);
        }

        Segment segmentOrEveryone() {
            return segment == null ? Segment.EVERYONE : segment.toSegment();
        }
    }

    /** Categories and districts by id; empty or absent means everyone who accepted notices. */
    public record SegmentRequest(@Size(max = 50) Set<@NotBlank @Size(max = 50) String> categories,
            @Size(max = 100) Set<@NotBlank @Size(max = 50) String> districts) {

        Segment toSegment() {
            return new Segment(categories, districts);
        }
    }

    /** The answer to a new broadcast. */
    public record Created(String id, BroadcastStatus status, Instant dueAt) {
    }

}
