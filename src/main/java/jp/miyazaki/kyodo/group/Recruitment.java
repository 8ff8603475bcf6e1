package jp.miyazaki.kyodo.group;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A member recruitment a group leader posted by chat. It belongs to the group, not to the leader who typed it,
 * so no user id is kept. Once staff approve it, {@code opportunityId} is the published opportunity; a rejection
 * keeps staff's {@code reason}.
 */
public record Recruitment(
        String id,
        String groupId,
        String title,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        String place,
        int capacity,
        String description,
        RecruitmentStatus status,
        Instant createdAt,
        String opportunityId,
        String reason) {

    public Recruitment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a recruitment ends before it starts");
        }
        description = description == null ? "" : description;
        place = place == null ? "" : place;
    }

    Recruitment approved(String publishedAs) {
        return new Recruitment(id, groupId, title, date, start, end, place, capacity, description,
                RecruitmentStatus.APPROVED, createdAt, publishedAs, null);
    }

    Recruitment rejected(String why) {
        return new Recruitment(id, groupId, title, date, start, end, place, capacity, description,
                RecruitmentStatus.REJECTED, createdAt, null, why);
    }
}
