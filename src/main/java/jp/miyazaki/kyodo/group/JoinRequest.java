package jp.miyazaki.kyodo.group;

import java.time.Instant;
import java.util.Objects;

/**
 * A citizen's wish to join a group: the name and message they chose to give, and a contact only if they gave one.
 * {@code leadersTold} is how many linked leaders it was pushed to; 0 means staff pass it on.
 */
public record JoinRequest(String id, String groupId, String name, String message, String contact,
        Instant createdAt, int leadersTold) {

    public JoinRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(createdAt, "createdAt");
        message = message == null ? "" : message;
        contact = contact == null ? "" : contact;
    }
}
