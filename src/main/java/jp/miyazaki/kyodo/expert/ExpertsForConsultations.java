package jp.miyazaki.kyodo.expert;

import java.util.List;

import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.consultation.Consultation;
import jp.miyazaki.kyodo.consultation.ConsultationExperts;

/** The expert registry and its matching, for a consultation's console page. */
@Component
class ExpertsForConsultations implements ConsultationExperts {

    private final Experts experts;
    private final ExpertMatching matching;

    ExpertsForConsultations(Experts experts, ExpertMatching matching) {
        this.experts = experts;
        this.matching = matching;
    }

    @Override
    public String matchedName(Consultation consultation) {
        return experts.find(consultation.expertId()).map(Expert::name).orElse(consultation.expertId());
    }

    @Override
    public List<Candidate> candidates(Consultation consultation, int limit) {
        return matching.candidates(consultation, limit).stream().map(c -> new Candidate(
                new Proposed(c.expert().id(), c.expert().name()), c.reason())).toList();
    }
}
