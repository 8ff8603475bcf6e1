package jp.miyazaki.kyodo.dialog.conversation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.miyazaki.kyodo.nlu.DateRange;
import jp.miyazaki.kyodo.nlu.IntentScore;
import jp.miyazaki.kyodo.nlu.LanguageUnderstanding;
import jp.miyazaki.kyodo.nlu.Slots;
import jp.miyazaki.kyodo.nlu.Understanding;

/**
 * A test double of the language understanding: a keyword table, good enough to drive the engine in tests. The
 * real understanding (package {@code nlu}) replaces it when the lead runs the same conversations end to end.
 */
final class KeywordUnderstanding implements LanguageUnderstanding {

    private static final Map<String, List<String>> INTENTS = new LinkedHashMap<>();
    private static final Map<String, String> CATEGORIES = new LinkedHashMap<>();
    private static final List<String> DISTRICTS = List.of("青島", "清武", "佐土原", "田野", "高岡", "中央", "檍");

    static {
        INTENTS.put("privacy.show", List.of("登録情報を見"));
        INTENTS.put("profile.update", List.of("地域を変えたい"));
        INTENTS.put("account.link", List.of("連携コード"));
        INTENTS.put("group.grants", List.of("団体が使える補助金", "団体で使える補助金"));
        INTENTS.put("group.menu", List.of("団体メニュー"));
        INTENTS.put("group.attendance", List.of("出欠"));
        INTENTS.put("group.recruit", List.of("募集を出したい"));
        INTENTS.put("group.signups", List.of("何人申し込んだ", "参加者の一覧"));
        INTENTS.put("group.search", List.of("団体ある", "推進委員会", "団体を探"));
        INTENTS.put("activity.record", List.of("活動記録", "何時間"));
        INTENTS.put("signup.cancel", List.of("申し込みをキャンセル", "参加をキャンセル"));
        // 「やっぱり」「なんでもいいです」 read as cancel to the real classifier too; only the engine tells them apart.
        INTENTS.put("cancel", List.of("やめる", "やめます", "中止", "やっぱり", "なんでもいいです"));
        INTENTS.put("help", List.of("ヘルプ", "使い方", "何ができ", "メニュー"));
        INTENTS.put("language.choose", List.of("english", "やさしい日本語", "言語", "language"));
        INTENTS.put("grant.deadline", List.of("締め切り", "しめきり"));
        INTENTS.put("grant.search", List.of("助成金", "補助金"));
        INTENTS.put("facility.search", List.of("施設", "部屋", "会議室"));
        INTENTS.put("consult.request", List.of("相談", "npo", "専門家"));
        INTENTS.put("subscription.manage", List.of("お知らせ", "通知"));
        INTENTS.put("privacy.delete", List.of("データを削除", "データを消", "個人情報"));
        INTENTS.put("signup.list", List.of("申し込み一覧", "申し込んだ", "申し込みの確認"));
        INTENTS.put("volunteer.signup", List.of("申し込みたい", "申し込む", "参加したい"));
        INTENTS.put("activity.search", List.of("ボランティア", "イベント", "講座", "探して", "活動"));
        INTENTS.put("greeting", List.of("こんにちは", "こんばんは"));
        CATEGORIES.put("環境", "environment");
        CATEGORIES.put("海岸", "environment");
        CATEGORIES.put("子育て", "childcare");
        CATEGORIES.put("子ども関係", "childcare");
        CATEGORIES.put("防災", "disaster");
        CATEGORIES.put("福祉", "welfare");
    }

    @Override
    public Understanding parse(String text, ZonedDateTime referenceTime) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        IntentScore intent = INTENTS.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(lower::contains))
                .findFirst().map(e -> new IntentScore(e.getKey(), 0.9))
                .orElse(new IntentScore(Understanding.FALLBACK, 0.3));
        String category = CATEGORIES.entrySet().stream().filter(e -> text.contains(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        String district = DISTRICTS.stream().filter(text::contains).findFirst().orElse(null);
        return new Understanding(intent, List.of(intent), new Slots(category, district,
                date(text, referenceTime.toLocalDate())), List.of());
    }

    private static DateRange date(String text, LocalDate today) {
        if (text.contains("今週末") || text.contains("週末")) {
            LocalDate saturday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            return new DateRange(saturday, saturday.plusDays(1));
        }
        if (text.contains("日曜")) {
            return DateRange.day(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
        }
        if (text.contains("明日")) {
            return DateRange.day(today.plusDays(1));
        }
        if (text.contains("来週")) {
            LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            return new DateRange(monday, monday.plusDays(6));
        }
        return null;
    }
}
