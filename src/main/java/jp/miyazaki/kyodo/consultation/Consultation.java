package jp.miyazaki.kyodo.consultation;

import java.time.Instant;

/**
 * A request for advice. {@code contactPreference} is how the citizen wants to be answered (LINE, 電話, メール),
 * {@code contact} the phone number or address for that (empty for LINE), {@code assignee} the staff member
 * handling it, if any.
 */
public record Consultation(String id, String userId, ConsultationTopic topic, String description,
        String contactPreference, String contact, ConsultationStatus status, String assignee, Instant createdAt,
        Instant updatedAt) {

    public Consultation withStatus(ConsultationStatus newStatus, String newAssignee, Instant at) {
        return new Consultation(id, userId, topic, description, contactPreference, contact, newStatus, newAssignee,
                createdAt, at);
    }
}
