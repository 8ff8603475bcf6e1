package jp.miyazaki.kyodo.group;

import java.util.List;

import jp.miyazaki.kyodo.admin.AuditChanges;
import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.catalog.TranslatedText;

/** What an edit of a group changed, for the audit log, in the words of the console's form. */
public final class GroupAuditFields {

    private GroupAuditFields() {
    }

    public static List<AuditLog.Change> of(Group before, Group after) {
        return AuditChanges.between(before, after).field("団体名", Group::name).field("種類", Group::kind)
                .field("地域", Group::districts).field("分野", Group::categories).field("活動内容", Group::description)
                .field("参加方法", Group::howToJoin).field("公開する連絡先", Group::contact)
                .field("英語の団体名", g -> g.translations().in("en").map(TranslatedText::title).orElse(null))
                .field("英語の活動内容", g -> g.translations().in("en").map(TranslatedText::description).orElse(null))
                .list();
    }
}
