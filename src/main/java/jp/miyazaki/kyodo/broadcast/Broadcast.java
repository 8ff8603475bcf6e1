package jp.miyazaki.kyodo.broadcast;

import java.time.Instant;

/**
 * A broadcast job as staff see it. {@code recipients} is the segment when sending starts, less the citizens found
 * to have unfollowed the bot as each batch goes out, who are counted as {@code skipped}. {@code department} is the
 * department it is sent for: the creating staff member's unless they chose another; null for jobs stored before
 * departments existed. {@code englishText} is what citizens who read English get instead of {@code text} (the
 * Japanese, for everyone else); null when there is none and everyone gets {@code text}.
 */
public record Broadcast(String id, BroadcastStatus status, String text, String englishText, String opportunityId,
        Segment segment, boolean urgent, Instant createdAt, String createdBy, String department, Instant dueAt, Instant startedAt,
        Instant finishedAt, long recipients, long skipped, long sent, long failed, int batches, String reason) {
}
