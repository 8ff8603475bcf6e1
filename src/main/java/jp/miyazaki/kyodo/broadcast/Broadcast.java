package jp.miyazaki.kyodo.broadcast;

import java.time.Instant;

/**
 * A broadcast job as staff see it. {@code recipients} is fixed when sending starts; {@code skipped} are
 * citizens of the segment who had unfollowed the bot by then. {@code department} is the department it is sent for:
 * the creating staff member's unless they chose another; null for jobs stored before departments existed.
 */
public record Broadcast(String id, BroadcastStatus status, String text, String opportunityId, Segment segment,
        boolean urgent, Instant createdAt, String createdBy, String department, Instant dueAt, Instant startedAt, Instant finishedAt,
        long recipients, long skipped, long sent, long failed, int batches, String reason) {
}
