package jp.miyazaki.kyodo.privacy;

import java.util.List;
import java.util.Map;

import jp.miyazaki.kyodo.catalog.CatalogActions;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;
import jp.miyazaki.kyodo.dialog.Reply;

/** The privacy dialog actions: what is stored about me, delete everything about me. */
public class PrivacyActions {

    private final PersonalData personalData;
    private final CatalogRepository catalog;

    public PrivacyActions(PersonalData personalData, CatalogRepository catalog) {
        this.personalData = personalData;
        this.catalog = catalog;
    }

    /** privacy.show: → ok / none; the short summary comes as a message. */
    public Result show(Context context) {
        StoredData stored = personalData.of(context.userId());
        if (stored.isEmpty()) {
            String text = "いま、あなたについて保存している情報はありません。";
            return new Result(CatalogActions.NONE, Map.of("text", text), List.of(new Reply.Text(text)));
        }
        StringBuilder text = new StringBuilder("保存している情報は次のとおりです。");
        stored.profile().ifPresent(p -> text.append("\n・登録情報：")
                .append(p.district() == null ? "地域なし" : p.district())
                .append(p.topics().isEmpty() ? "" : "、" + String.join("、", p.topics().stream()
                        .map(Category::label).toList())));
        stored.subscription().filter(s -> s.noticesAccepted()).ifPresent(s -> text.append("\n・お知らせの設定：")
                .append(s.categories().isEmpty() ? "すべての分野" : String.join("、", s.categories().stream()
                        .map(Category::label).toList())));
        if (!stored.signUps().isEmpty()) {
            text.append("\n・お申し込み：").append(stored.signUps().size()).append("件（");
            text.append(String.join("、", stored.signUps().stream().limit(3)
                    .map(s -> catalog.findOpportunity(s.opportunityId()).map(Opportunity::title).orElse("活動"))
                    .toList()));
            text.append(stored.signUps().size() > 3 ? "ほか）" : "）").append("とお名前・連絡先");
        }
        if (stored.activityRecords() > 0) {
            text.append("\n・活動の記録：").append(stored.activityRecords()).append("件（出席した活動とアンケートの回答）");
        }
        if (stored.consultations() > 0) {
            text.append("\n・ご相談：").append(stored.consultations()).append("件");
        }
        if (stored.conversation()) {
            text.append("\n・会話の途中経過（しばらくすると自動で消えます）");
        }
        return new Result(CatalogActions.OK, Map.of("text", text.toString(),
                "signups", String.valueOf(stored.signUps().size()),
                "consultations", String.valueOf(stored.consultations())), List.of(new Reply.Text(text.toString())));
    }

    /** privacy.delete: → ok; the flow asks for confirmation before calling it and ends afterwards. */
    public Result delete(Context context) {
        Erasure erasure = personalData.erase(context.userId());
        String cancelled = erasure.signUpsCancelled() > 0
                ? "お申し込み" + erasure.signUpsCancelled() + "件も取り消しました。" : "";
        return new Result(CatalogActions.OK, Map.of("signups_cancelled", String.valueOf(erasure.signUpsCancelled()),
                "text", "あなたについて保存していた情報をすべて削除しました。" + cancelled
                        + "ご利用ありがとうございました。"), List.of());
    }
}
