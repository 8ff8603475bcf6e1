package jp.miyazaki.kyodo.broadcast;

import java.time.Instant;

/**
 * A broadcast job as staff see it. {@code recipients} is the segment when sending starts, less the citizens found
 * to have unfollowed the bot as each batch goes out, who are counted as {@code skipped}. {@code department} is the
 * department it is sent for: the creating staff member's unless they chose another; null for jobs stored before
 * departments existed.
 */
public record Broadcast(String id, BroadcastStatus status, String text, String opportunityId, Segment segment,
        boolean urgent, Instant createdAt, String createdBy, String department, Instant dueAt, Instant startedAt,
        Instant finishedAt, long recipients, long skipped, long sent, long failed, int batches, String reason) {
}
