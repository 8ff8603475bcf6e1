package jp.miyazaki.kyodo.expert;

import java.util.Comparator;
import java.util.List;

import jp.miyazaki.kyodo.consultation.Consultation;
import jp.miyazaki.kyodo.consultation.Expertise;
import jp.miyazaki.kyodo.link.AccountLinks;
import jp.miyazaki.kyodo.link.LinkTarget;

/**
 * Proposes experts for a consultation. The field must match; an expert who covers the group's district ranks
 * above one covering the whole city, who ranks above one working elsewhere; at equal fit a linked expert (whom the
 * bot can tell on LINE) comes first, then the longest registered.
 */
public class ExpertMatching {

    static final String LINK_KIND = "expert";

    private final Experts experts;
    private final AccountLinks links;

    public ExpertMatching(Experts experts, AccountLinks links) {
        this.experts = experts;
        this.links = links;
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

    /** Whether the bot can reach the expert on LINE. */
    public boolean linked(Expert expert) {
        return !linkedUsers(expert).isEmpty();
    }

    /** The LINE users linked to the expert's entry. */
    public java.util.Set<String> linkedUsers(Expert expert) {
        return links.linkedUsers(new LinkTarget(LINK_KIND, expert.id()));
    }

    private ExpertCandidate candidate(Expert expert, Expertise field, String district) {
        boolean linked = linked(expert);
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
