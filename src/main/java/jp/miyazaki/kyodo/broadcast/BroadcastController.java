package jp.miyazaki.kyodo.broadcast;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.line.LineLimits;

/**
 * Staff send notices to a segment: create (now, at a time, or — outside urgent cases — at the end of quiet
 * hours), follow progress, cancel, and preview how many citizens a segment reaches.
 */
@RestController
@RequestMapping("/api/admin/broadcasts")
public class BroadcastController {

    private static final String NO_AUDIENCE = "Broadcasts are not available yet: no audience (notice "
            + "subscriptions) is wired into this app.";

    private final BroadcastJobs jobs;
    private final BroadcastDelivery delivery;
    private final ObjectProvider<Audience> audience;
    private final ObjectProvider<OpportunityCards> cards;
    private final QuietHours quietHours;
    private final AuditLog audit;
    private final Clock clock;

    public BroadcastController(BroadcastJobs jobs, BroadcastDelivery delivery, ObjectProvider<Audience> audience,
            ObjectProvider<OpportunityCards> cards, QuietHours quietHours, AuditLog audit,
            ObjectProvider<Clock> clock) {
        this.jobs = jobs;
        this.delivery = delivery;
        this.audience = audience;
        this.cards = cards;
        this.quietHours = quietHours;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @PostMapping
    public ResponseEntity<Created> create(@Valid @RequestBody NewBroadcast request, Principal staff) {
        requireAudience();
        if (request.opportunityId() != null) {
            OpportunityCards catalog = cards.getIfAvailable();
            if (catalog == null || catalog.card(request.opportunityId()).isEmpty()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown opportunity");
            }
        }
        Instant now = Instant.now(clock);
        Instant wanted = request.scheduledAt() == null || request.scheduledAt().toInstant().isBefore(now)
                ? now : request.scheduledAt().toInstant();
        Instant dueAt = quietHours.sendAt(wanted, request.isUrgent());
        Broadcast job = jobs.create(request.text(), request.opportunityId(), request.segmentOrEveryone(),
                request.isUrgent(), staff.getName(), now, dueAt);
        audit.record("broadcast.create", job.id(), "segment=" + job.segment() + " dueAt=" + dueAt);
        delivery.wake();
        return ResponseEntity.accepted().location(URI.create("/api/admin/broadcasts/" + job.id()))
                .body(new Created(job.id(), job.status(), dueAt));
    }

    @GetMapping
    public List<Broadcast> latest() {
        return jobs.latest(50);
    }

    @GetMapping("/{id}")
    public Broadcast get(@PathVariable String id) {
        return jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no such broadcast"));
    }

    @PostMapping("/{id}/cancel")
    public Broadcast cancel(@PathVariable String id) {
        Broadcast job = get(id);
        if (!jobs.cancel(id, Instant.now(clock))) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "the broadcast has already ended: "
                    + jobs.status(job.id()).id());
        }
        audit.record("broadcast.cancel", id, null);
        return get(id);
    }

    @PostMapping("/preview")
    public Preview preview(@Valid @RequestBody SegmentRequest segment) {
        requireAudience();
        return new Preview(audience.getObject().count(segment.toSegment()));
    }

    private void requireAudience() {
        if (audience.getIfAvailable() == null) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, NO_AUDIENCE);
        }
    }

    /** A notice to send; {@code urgent} notices are not held back by quiet hours. */
    public record NewBroadcast(
            @NotBlank @Size(max = LineLimits.TEXT_LENGTH) String text,
            @Size(max = 100) String opportunityId,
            @Valid SegmentRequest segment,
            OffsetDateTime scheduledAt,
            Boolean urgent) {

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

    /** How many citizens a segment reaches now. */
    public record Preview(long recipients) {
    }
}
