package jp.miyazaki.kyodo.catalog;

import java.util.List;
import java.util.function.Function;

import jp.miyazaki.kyodo.admin.AuditChanges;
import jp.miyazaki.kyodo.admin.AuditLog;

/**
 * What an edit of a catalog item changed, for the audit log, in the words of the console's forms; the same for
 * the admin API and the console. Both versions carry their department as its name (not null for the default).
 */
public final class CatalogAuditFields {

    private CatalogAuditFields() {
    }

    public static List<AuditLog.Change> of(Opportunity before, Opportunity after) {
        return AuditChanges.between(before, after).field("タイトル", Opportunity::title).field("種類", Opportunity::kind)
                .field("分野", Opportunity::category).field("地域", Opportunity::district)
                .field("場所", Opportunity::place).field("開始日時", Opportunity::start).field("終了日時", Opportunity::end)
                .field("定員", o -> o.capacity() + "名").field("主催", Opportunity::organiser)
                .field("問い合わせ先", Opportunity::contact).field("説明", Opportunity::description)
                .field("部署", Opportunity::department).field("参加しやすさ", Opportunity::attributes)
                .field("住所", Opportunity::address).field("位置（緯度,経度）", CatalogAuditFields::position)
                .field("英語のタイトル", o -> english(o.translations(), TranslatedText::title))
                .field("英語の説明", o -> english(o.translations(), TranslatedText::description))
                .field("英語の場所", o -> english(o.translations(), TranslatedText::place))
                .field("英語の主催", o -> english(o.translations(), TranslatedText::organiser)).list();
    }

    public static List<AuditLog.Change> of(Grant before, Grant after) {
        return AuditChanges.between(before, after).field("名称", Grant::name).field("目的・内容", Grant::purpose)
                .field("分野", Grant::categories).field("金額", Grant::amount)
                .field("受付開始日", Grant::applicationOpens).field("受付終了日", Grant::applicationCloses)
                .field("締切日", Grant::deadline).field("対象団体", Grant::eligibleGroups)
                .field("必要書類", Grant::requiredDocuments).field("問い合わせ先", Grant::contact)
                .field("詳しい案内のURL", Grant::url).field("部署", Grant::department)
                .field("英語の名称", g -> english(g.translations(), TranslatedText::title))
                .field("英語の目的・内容", g -> english(g.translations(), TranslatedText::description)).list();
    }

    public static List<AuditLog.Change> of(Facility before, Facility after) {
        return AuditChanges.between(before, after).field("名称", Facility::name).field("種類", Facility::kind)
                .field("地域", Facility::district).field("住所", Facility::address).field("開館時間", Facility::hours)
                .field("電話", Facility::phone).field("部屋", Facility::rooms).field("設備", Facility::equipment)
                .field("予約方法", Facility::bookingMethod).field("部署", Facility::department)
                .field("位置（緯度,経度）", CatalogAuditFields::position)
                .field("英語の名称", f -> english(f.translations(), TranslatedText::title))
                .field("英語の予約方法", f -> english(f.translations(), TranslatedText::description)).list();
    }

    /** One English field, or null when there is none. */
    private static String english(Translations translations, Function<TranslatedText, String> field) {
        return translations.in("en").map(field).orElse(null);
    }

    private static String position(Opportunity opportunity) {
        return opportunity.location() == null ? null : opportunity.location().text();
    }

    private static String position(Facility facility) {
        return facility.location() == null ? null : facility.location().text();
    }
}
