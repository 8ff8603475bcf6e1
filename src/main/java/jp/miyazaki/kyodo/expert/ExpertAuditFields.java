package jp.miyazaki.kyodo.expert;

import java.util.List;

import jp.miyazaki.kyodo.admin.AuditChanges;
import jp.miyazaki.kyodo.admin.AuditLog;

/** What an edit of an expert changed, for the audit log, in the words of the console's form. */
public final class ExpertAuditFields {

    private ExpertAuditFields() {
    }

    public static List<AuditLog.Change> of(Expert before, Expert after) {
        return AuditChanges.between(before, after).field("名前", Expert::name).field("種類", Expert::kind)
                .field("分野", Expert::fields).field("地域", Expert::districts).field("紹介文", Expert::profile)
                .field("公開してよい連絡先", Expert::publicContact).field("職員用の連絡先", Expert::staffContact).list();
    }
}
