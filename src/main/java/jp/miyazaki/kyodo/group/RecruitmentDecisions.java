package jp.miyazaki.kyodo.group;

import java.util.List;

import org.springframework.stereotype.Service;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.group.RecruitmentReview.Decision;

/**
 * Staff approving or rejecting a recruitment, for the admin API and the console alike: {@link RecruitmentReview}
 * decides and tells the leaders; what was decided is audited here, once, the same way from either side.
 */
@Service
public class RecruitmentDecisions {

    private final RecruitmentReview review;
    private final AuditLog audit;

    public RecruitmentDecisions(RecruitmentReview review, AuditLog audit) {
        this.review = review;
        this.audit = audit;
    }

    public Decision approve(String id) {
        Decision decision = review.approve(id);
        if (decision instanceof Decision.Done done) {
            audit.record("recruitment.approve", target(done), "活動として公開", List.of());
        }
        return decision;
    }

    /** Rejects with {@code reason}, which the leaders read; the audit keeps only its length. */
    public Decision reject(String id, String reason) {
        Decision decision = review.reject(id, reason);
        if (decision instanceof Decision.Done done) {
            audit.record("recruitment.reject", target(done),
                    "差し戻しの理由（" + done.recruitment().reason().length() + "文字）を代表者に送信", List.of());
        }
        return decision;
    }

    private static AuditLog.Target target(Decision.Done done) {
        return new AuditLog.Target(done.recruitment().id(), done.recruitment().title());
    }
}
