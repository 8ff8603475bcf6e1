package jp.miyazaki.kyodo.expert;

import java.util.Comparator;
import java.util.List;

import jp.miyazaki.kyodo.consultation.Consultation;
import jp.miyazaki.kyodo.consultation.Expertise;

/**
 * Proposes experts for a consultation. The field must match; an expert who covers the group's district ranks
 * above one covering the whole city, who ranks above one working elsewhere; at equal fit a linked expert (whom the
 * bot can tell on LINE) comes first, then the longest registered.
 */
public class ExpertMatching {

    private final Experts experts;

    public ExpertMatching(Experts experts) {
        this.experts = experts;
    }

    /** The best {@code limit} candidates; none when the consultation names no field. */
    public List<ExpertCandidate> candidates(Consultation consultation, int limit) {
        Expertise field = consultation.field();
        if (field == null || limit <= 0) {
            return List.of();
        }
        return experts.list().stream().filter(e -> e.covers(field))
                .map(e -> candidate(e, field, consultation.district()))
                .sorted(Comparator.comparingInt(ExpertCandidate::fit).reversed()
                        .thenComparing(ExpertCandidate::linked, Comparator.reverseOrder()))
                .limit(limit).toList();
    }

    private ExpertCandidate candidate(Expert expert, Expertise field, String district) {
        boolean linked = !experts.linkedUsers(expert.id()).isEmpty();
        int fit;
        String where;
        if (district != null && expert.namesDistrict(district)) {
            fit = 2;
            where = district + "を担当";
        } else if (expert.coversWholeCity()) {
            fit = 1;
            where = "市内全域に対応";
        } else {
            fit = 0;
            where = (district == null ? "担当地域：" : "担当地域外：") + expert.districtLabels();
        }
        return new ExpertCandidate(expert, fit, linked, field.label() + "に対応、" + where + "、"
                + (linked ? "LINE連携済み" : "LINE未連携（電話・メールで連絡）"));
    }
}
