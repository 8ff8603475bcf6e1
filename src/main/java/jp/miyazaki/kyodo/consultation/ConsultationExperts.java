package jp.miyazaki.kyodo.consultation;

import java.util.List;

/**
 * The experts a consultation's console page shows: the one it was matched with, or those it could be. The expert
 * module keeps the experts and itself uses consultations, so the page asks through this instead of depending on it.
 */
public interface ConsultationExperts {

    /** The name of the expert the consultation was matched with; their id when they are gone. */
    String matchedName(Consultation consultation);

    /** Up to {@code limit} experts for the consultation's field, best first. */
    List<Candidate> candidates(Consultation consultation, int limit);

    /** An expert proposed for a consultation, and why, in a few words for staff. */
    record Candidate(Proposed expert, String reason) {
    }

    /** Who is proposed: what staff pick them by. */
    record Proposed(String id, String name) {
    }
}
