package jp.miyazaki.kyodo.consultation;

import java.time.Instant;

/**
 * A request for advice. {@code contactPreference} is how the citizen wants to be answered (LINE, 電話, メール),
 * {@code contact} the phone number or address for that (empty for LINE), {@code assignee} the staff member
 * handling it, if any. {@code field} is the expertise it needs and {@code district} where the group is active
 * (a district name, {@code null} for the whole city or not known); {@code expertId} the expert staff matched it
 * with. Requests stored before these three existed read them as {@code null}.
 */
public record Consultation(String id, String userId, ConsultationTopic topic, String description,
        String contactPreference, String contact, ConsultationStatus status, String assignee, Instant createdAt,
        Instant updatedAt, Expertise field, String district, String expertId) {

    public Consultation withStatus(ConsultationStatus newStatus, String newAssignee, Instant at) {
        return new Consultation(id, userId, topic, description, contactPreference, contact, newStatus, newAssignee,
                createdAt, at, field, district, expertId);
    }

    /** Matched with an expert: staff confirmed the expert and both sides were told. */
    public Consultation withExpert(String matchedExpertId, Instant at) {
        return new Consultation(id, userId, topic, description, contactPreference, contact,
                ConsultationStatus.MATCHED, assignee, createdAt, at, field, district, matchedExpertId);
    }
}
