package jp.miyazaki.kyodo.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.dialog.Wording;

/**
 * A request for advice. {@code id} is the 受付番号 the citizen was told. {@code contactPreference} is how the
 * citizen wants to be answered (LINE, 電話, メール), {@code contact} the phone number or address for that (empty
 * for LINE), {@code assignee} the staff member handling it, if any. {@code field} is the expertise it needs and
 * {@code district} where the group is active (a district name, {@code null} for the whole city or not known);
 * {@code expertId} the expert staff matched it with. {@code thread} is what the citizen wrote and every answer
 * sent, oldest first. Requests stored before these existed read the three as {@code null} and their thread as the
 * citizen's description alone (no answer was kept then).
 */
public record Consultation(String id, String userId, ConsultationTopic topic, String description,
        String contactPreference, String contact, ConsultationStatus status, String assignee, Instant createdAt,
        Instant updatedAt, Expertise field, String district, String expertId, List<ConsultationMessage> thread) {

    public Consultation {
        thread = thread == null || thread.isEmpty() ? List.of(ConsultationMessage.fromCitizen(createdAt, description))
                : List.copyOf(thread);
    }

    /** A new request: its thread is what the citizen wrote. */
    public Consultation(String id, String userId, ConsultationTopic topic, String description,
            String contactPreference, String contact, ConsultationStatus status, String assignee, Instant createdAt,
            Instant updatedAt, Expertise field, String district, String expertId) {
        this(id, userId, topic, description, contactPreference, contact, status, assignee, createdAt, updatedAt,
                field, district, expertId, null);
    }

    public Consultation withStatus(ConsultationStatus newStatus, String newAssignee, Instant at) {
        return new Consultation(id, userId, topic, description, contactPreference, contact, newStatus, newAssignee,
                createdAt, at, field, district, expertId, thread);
    }

    /** Matched with an expert: staff confirmed the expert and both sides were told. */
    public Consultation withExpert(String matchedExpertId, Instant at) {
        return new Consultation(id, userId, topic, description, contactPreference, contact,
                ConsultationStatus.MATCHED, assignee, createdAt, at, field, district, matchedExpertId, thread);
    }

    /**
     * An answer the citizen received: added to the thread (once: the same text again reached the citizen once,
     * as its retry key is the same), the request marked answered and, if nobody had it, given to who answered.
     */
    public Consultation withAnswer(String staff, String text, Instant at) {
        List<ConsultationMessage> messages = new ArrayList<>(thread);
        if (messages.stream().noneMatch(m -> m.byStaff() && m.text().equals(text))) {
            messages.add(ConsultationMessage.answer(at, staff, text));
        }
        return new Consultation(id, userId, topic, description, contactPreference, contact,
                ConsultationStatus.ANSWERED, assignee == null ? staff : assignee, createdAt, at, field, district,
                expertId, messages);
    }

    /**
     * How the citizen wants to be answered, in the wording's language: the stored Japanese word (LINE, 電話, メール)
     * read back as its way.
     */
    public String contactPreferenceIn(Wording wording) {
        Wording stored = wording.in(CitizenLanguage.JAPANESE);
        return Stream.of("phone", "email").filter(way -> contactPreference(stored, way).equals(contactPreference))
                .findFirst().map(way -> contactPreference(wording, way)).orElse("LINE");
    }

    /** The word for a way of answering (line, phone, email) in the wording's language; Japanese is what is stored. */
    static String contactPreference(Wording wording, String way) {
        return switch (way) {
            case "phone" -> wording.text("consultation.by-phone");
            case "email" -> wording.text("consultation.by-email");
            default -> "LINE";
        };
    }

    /** The answers sent, oldest first. */
    public List<ConsultationMessage> answers() {
        return thread.stream().filter(ConsultationMessage::byStaff).toList();
    }
}
