package jp.miyazaki.kyodo.console;

import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

/**
 * The audit log's action codes as staff read them on 操作履歴. The codes stay as stored (the admin API and city IT
 * scripts read them); every code a module records has a label here ({@code AuditActionLabelsTests} checks the
 * sources).
 */
final class AuditActionLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            entry("opportunity.create", "活動を登録"),
            entry("opportunity.update", "活動を変更"),
            entry("opportunity.delete", "活動を削除"),
            entry("opportunity.import", "活動をファイルから取り込み"),
            entry("signups.view", "申込者を閲覧"),
            entry("signups.export", "申込者をCSVで出力"),
            entry("attendance.view", "出席簿を閲覧"),
            entry("attendance.mark", "出席を記録"),
            entry("activity-records.export", "活動記録をCSVで出力"),
            entry("grant.create", "補助金を登録"),
            entry("grant.update", "補助金を変更"),
            entry("grant.delete", "補助金を削除"),
            entry("grant.import", "補助金をファイルから取り込み"),
            entry("facility.create", "施設を登録"),
            entry("facility.update", "施設を変更"),
            entry("facility.delete", "施設を削除"),
            entry("facility.import", "施設をファイルから取り込み"),
            entry("group.create", "団体を登録"),
            entry("group.update", "団体を変更"),
            entry("group.delete", "団体を削除"),
            entry("group.link-code", "団体の連携コードを発行"),
            entry("recruitment.approve", "募集を承認"),
            entry("recruitment.reject", "募集を差し戻し"),
            entry("expert.create", "専門家を登録"),
            entry("expert.update", "専門家を変更"),
            entry("expert.delete", "専門家を削除"),
            entry("expert.link-code", "専門家の連携コードを発行"),
            entry("consultation.reply", "相談に回答"),
            entry("consultation.assign", "相談の担当を変更"),
            entry("consultation.status", "相談の状態を変更"),
            entry("consultation.close", "相談を完了"),
            entry("consultation.view", "相談を閲覧"),
            entry("consultation.expert-match", "相談に専門家を紹介"),
            entry("broadcast.create", "配信を作成"),
            entry("broadcast.cancel", "配信を取り消し"),
            entry("richmenu.install", "リッチメニューを設定"),
            entry("richmenu.labels", "リッチメニューのラベルを変更"),
            entry("dialogs.reload", "会話の設定を再読み込み"),
            entry("staff.create", "スタッフを登録"),
            entry("staff.role", "スタッフの権限を変更"),
            entry("staff.department", "スタッフの部署を変更"),
            entry("staff.delete", "スタッフを削除"),
            entry("token.issue", "APIトークンを発行"),
            entry("staff.oidc-sign-in", "市のIDでログイン"),
            entry("totp.enrol", "二段階認証を設定"),
            entry("totp.require", "二段階認証の必須を変更"),
            entry("totp.require-all", "全員の二段階認証の必須を変更"),
            entry("totp.reset", "二段階認証をリセット"));

    private AuditActionLabels() {
    }

    /** The action's label, or empty for a code without one (a test keeps that from shipping). */
    static Optional<String> of(String action) {
        return Optional.ofNullable(LABELS.get(action));
    }

    /** What the audit page shows for an action: its label, or a neutral word rather than the code. */
    static String shown(String action) {
        return of(action).orElse("その他の操作");
    }
}
