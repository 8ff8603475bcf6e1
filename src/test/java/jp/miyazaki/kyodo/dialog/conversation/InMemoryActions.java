package jp.miyazaki.kyodo.dialog.conversation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.function.Function;

import jp.miyazaki.kyodo.catalog.CatalogActions;
import jp.miyazaki.kyodo.cityguide.CityGuide;
import jp.miyazaki.kyodo.cityguide.CityGuideAction;
import jp.miyazaki.kyodo.dialog.DialogAction;
import jp.miyazaki.kyodo.dialog.FlowActions;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.flow.ShippedFlows;

/**
 * Test doubles of the domain actions, in memory, so the engine's conversations can run without Redis. The real
 * actions (catalog, signup, subscription, consult, privacy packages) replace them end to end.
 */
final class InMemoryActions {

    /** A small catalog; dates are relative to the conversation's first day so scripts never go stale. */
    private record Opportunity(String id, String title, String category, String district, int dayOffset,
            int capacity) {
    }

    private record SignUp(String reference, String userId, String opportunity, int people, boolean waitlisted) {
    }

    private final List<Opportunity> opportunities = List.of(
            new Opportunity("OPP-1", "青島海岸クリーンアップ", "environment", "青島", 2, 20),
            new Opportunity("OPP-2", "清武子育てサロンのお手伝い", "childcare", "清武", 3, 1),
            new Opportunity("OPP-3", "佐土原防災訓練の運営", "disaster", "佐土原", 9, 30),
            new Opportunity("OPP-4", "佐土原の郷土料理教室", "culture", "佐土原", 5, 0));
    private final LocalDate firstDay;
    private final Map<String, SignUp> signUps = new LinkedHashMap<>();
    private final Map<String, Set<String>> follows = new HashMap<>();
    private final Map<String, Map<String, String>> profiles = new HashMap<>();
    private final Map<String, Integer> consultations = new HashMap<>();
    private final Map<String, Integer> joinRequests = new HashMap<>();
    /** Survey answers by user id and activity: rating, then the comment if any. */
    private final Map<String, List<String>> feedback = new HashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    InMemoryActions(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    List<DialogAction> all() {
        return Stream.concat(FlowActions.of(new CityGuideAction(CityGuide.load(Path.of("dialogs")))).stream(), Stream.of(
                action("catalog.criteria", CatalogActions::criteria),
                // The keyword understanding reads no search words, so nothing typed after the results narrows them.
                action("catalog.refine", c -> DialogAction.Result.of("none")),
                action("catalog.search", this::search),
                action("catalog.opportunity", this::opportunity),
                action("signup.create", this::signUp),
                action("signup.places", c -> find(c.slots().get("opportunity")).filter(o -> spacesLeft(o) <= 0)
                        .map(o -> DialogAction.Result.of("full")).orElse(DialogAction.Result.of("open"))),
                action("signup.list", this::listSignUps),
                // This world never remembers a name and contact: conversations about that run with the real
                // actions (conversations/app, CatalogConversationIntegrationTests).
                action("signup.remembered", c -> DialogAction.Result.of("none")),
                action("signup.offer-remember", c -> DialogAction.Result.of("declined")),
                action("signup.remember", c -> DialogAction.Result.of("none")),
                action("signup.change-remembered", c -> DialogAction.Result.of("invalid")),
                action("signup.forget-remembered", c -> DialogAction.Result.of("none")),
                action("signup.cancel", this::cancelSignUp),
                action("grant.search", this::grants),
                action("grant.detail", c -> c.slots().containsKey("grant") ? grants(c) : DialogAction.Result.of("none")),
                action("grant.deadlines", c -> c.slots().getOrDefault("grant", "").contains("地域コミュニティ活動交付金")
                        ? new DialogAction.Result("named", Map.of(), List.of(new Reply.Text(
                                "地域コミュニティ活動交付金の締め切りは12月8日(火)です（あと12日）。")))
                        : new DialogAction.Result("ok", Map.of(), List.of(new Reply.Text(
                                "地域コミュニティ活動交付金：締め切りまであと12日")))),
                action("facility.search", this::facilities),
                action("facility.detail", c -> c.slots().containsKey("facility")
                        ? new DialogAction.Result("ok", Map.of(), List.of(new Reply.Text(c.slots().get("facility"))))
                        : DialogAction.Result.of("none")),
                action("consult.create", this::consult),
                action("subscription.show", c -> c.slots().containsKey("category")
                        || c.slots().containsKey("district") ? DialogAction.Result.of("chosen")
                        : new DialogAction.Result("ok", Map.of(), List.of(new Reply.Text(
                                "いまのお知らせ：" + summary(c.userId()))))),
                action("subscription.follow", this::follow),
                action("subscription.stop", c -> {
                    follows.remove(c.userId());
                    return DialogAction.Result.of("ok");
                }),
                action("privacy.show", c -> new DialogAction.Result("ok", Map.of(), List.of(new Reply.Text(
                        "保存しているデータ：申し込み" + mine(c.userId()).size() + "件、お知らせ設定「"
                                + summary(c.userId()) + "」")))),
                action("privacy.delete", c -> {
                    signUps.values().removeIf(s -> s.userId().equals(c.userId()));
                    follows.remove(c.userId());
                    profiles.remove(c.userId());
                    consultations.remove(c.userId());
                    joinRequests.remove(c.userId());
                    feedback.keySet().removeIf(key -> key.startsWith(c.userId() + ":"));
                    return DialogAction.Result.of("ok");
                }),
                action("activity.record", this::activityRecord),
                action("feedback.rate", this::rate),
                action("feedback.comment", c -> {
                    List<String> answer = feedback.get(c.userId() + ":" + c.slots().get("activity"));
                    if (answer == null) {
                        return DialogAction.Result.of("none");
                    }
                    Optional.ofNullable(c.slots().get("comment")).filter(text -> !"none".equals(text))
                            .ifPresent(answer::add);
                    return DialogAction.Result.of("ok");
                }),
                action("account.link", c -> c.slots().getOrDefault("code", "").toUpperCase().contains("K7Q4-9MZP")
                        ? new DialogAction.Result("ok", Map.of("text", "「檍子ども食堂の会」とLINEアカウントを連携しました。"),
                                List.of())
                        : new DialogAction.Result("invalid", Map.of("text", "このコードは使えません。"), List.of())),
                action("language.choose", c -> new DialogAction.Result(c.slots().get("language"),
                        Map.of(DialogAction.ANSWER_LANGUAGE, c.slots().get("language")), List.of())),
                action("profile.register", c -> {
                    if (Stream.of("district", "topics").map(c.slots()::get)
                            .allMatch(v -> v == null || "none".equals(v) || "any".equals(v))) {
                        return DialogAction.Result.of("none");
                    }
                    profiles.put(c.userId(), c.slots());
                    return DialogAction.Result.of("ok");
                }),
                action("group.search", this::groups),
                action("group.detail", this::group),
                action("group.join", c -> {
                    joinRequests.merge(c.userId(), 1, Integer::sum);
                    return new DialogAction.Result("ok", Map.of("reference", "J-" + sequence.incrementAndGet(),
                            "next", "団体の代表者にお伝えしました。"), List.of());
                }),
                action("group.leader", c -> "U-leader2".equals(c.userId())
                        ? new DialogAction.Result("several", Map.of("group_name", "檍子ども食堂の会"), List.of(
                                new Reply.Cards("代表を務める団体", List.of(ledGroup("GRP-2", "檍子ども食堂の会"),
                                        ledGroup("GRP-5", "清武見守りの会")))))
                        : leader(c, new DialogAction.Result("ok", Map.of("group_name", "檍子ども食堂の会"), List.of()))),
                action("group.act-as", c -> switch (c.slots().getOrDefault("group", "")) {
                    case "GRP-2" -> new DialogAction.Result("ok", Map.of("group_name", "檍子ども食堂の会"), List.of());
                    case "GRP-5" -> new DialogAction.Result("ok", Map.of("group_name", "清武見守りの会"), List.of());
                    default -> DialogAction.Result.of("none");
                }),
                action("group.preview", c -> leader(c, new DialogAction.Result("ok", Map.of("text",
                        "「" + c.slots().get("title") + "」" + c.slots().get("date") + " " + c.slots().get("time")),
                        List.of()))),
                action("group.recruit", c -> leader(c, new DialogAction.Result("ok",
                        Map.of("reference", "R-" + sequence.incrementAndGet()), List.of()))),
                action("group.signups", c -> leader(c, new DialogAction.Result("ok", Map.of(), List.of(
                        new Reply.Text("子ども食堂の配膳（土）確定 3名／定員10名・キャンセル待ち 0名\n・宮崎 花子 2名"))))),
                action("group.activities", c -> leader(c, c.slots().containsKey("activity")
                        ? DialogAction.Result.of("chosen")
                        : new DialogAction.Result("ok", Map.of(), List.of(new Reply.Cards("出欠をつける活動", List.of(
                                new Reply.Card("子ども食堂の配膳", "11/25(水) 10:00〜", List.of(Reply.Choice.postback(
                                        "出欠をつける", "flow=group-attendance&slot=activity&value=OPP-9"))))))))),
                action("group.roll", c -> leader(c, "OPP-9".equals(c.slots().get("activity"))
                        ? new DialogAction.Result("ok", Map.of("title", "子ども食堂の配膳"), List.of(new Reply.Text(
                                "1. 宮崎 花子（2名）\n2. 日向 一郎（1名）")))
                        : new DialogAction.Result("none", Map.of("text", "その活動の出欠はつけられません。"), List.of()))),
                action("group.present", c -> leader(c, rollAnswer(c.slots().get("present"))
                        .map(summary -> new DialogAction.Result("ok", Map.of("summary", summary), List.of()))
                        .orElse(new DialogAction.Result("invalid", Map.of("text", "名簿にない番号があります。"), List.of())))),
                action("group.attendance", c -> leader(c, new DialogAction.Result("ok", Map.of("summary",
                        "出欠を記録しました（" + rollAnswer(c.slots().get("present")).orElseThrow() + "）。"), List.of()))),
                action("group.grants", c -> leader(c, new DialogAction.Result("ok", Map.of(), List.of(
                        new Reply.Text("子育て応援活動補助金：あと9日"))))))).toList();
    }

    /** A double of a real action, declaring the real one's outcomes so the shipped flows load with it. */
    private static DialogAction action(String name, Function<DialogAction.Context, DialogAction.Result> body) {
        return FlowActions.action(name, ShippedFlows.ACTIONS.get(name), body);
    }

    private DialogAction.Result search(DialogAction.Context c) {
        Map<String, String> s = c.slots();
        List<Reply.Card> cards = new ArrayList<>();
        for (Opportunity o : opportunities) {
            LocalDate day = firstDay.plusDays(o.dayOffset());
            if (matches(s.get("category"), o.category()) && matches(s.get("district"), o.district())
                    && within(s.get("date"), day)) {
                cards.add(new Reply.Card(o.title(), day + " " + o.district() + " 残り" + spacesLeft(o) + "名",
                        List.of(Reply.Choice.postback("申し込む", "intent=volunteer.signup&opportunity=" + o.id()))));
            }
        }
        if (cards.isEmpty()) {
            return new DialogAction.Result("none", Map.of("count", "0", "text", "条件に合う活動は見つかりませんでした。"),
                    List.of());
        }
        return new DialogAction.Result("ok", Map.of("count", Integer.toString(cards.size())),
                List.of(new Reply.Cards(cards.size() + "件の活動", cards)));
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || "any".equals(wanted) || wanted.equals(actual);
    }

    private static boolean within(String range, LocalDate day) {
        if (range == null || "any".equals(range)) {
            return true;
        }
        String[] ends = range.split("/");
        return !day.isBefore(LocalDate.parse(ends[0])) && !day.isAfter(LocalDate.parse(ends[1]));
    }

    private Optional<Opportunity> find(String reference) {
        return opportunities.stream().filter(o -> o.id().equals(reference) || reference != null
                && o.title().contains(reference.replace("に申し込みたい", "").strip())).findFirst();
    }

    private DialogAction.Result opportunity(DialogAction.Context c) {
        return find(c.slots().get("opportunity"))
                .map(o -> new DialogAction.Result("ok", Map.of("opportunity", o.id(), "title", o.title(),
                        "when", firstDay.plusDays(o.dayOffset()).toString(), "place", o.district()), List.of()))
                .orElse(DialogAction.Result.of("none"));
    }

    private int spacesLeft(Opportunity o) {
        return o.capacity() - signUps.values().stream().filter(s -> s.opportunity().equals(o.id()) && !s.waitlisted())
                .mapToInt(SignUp::people).sum();
    }

    private synchronized DialogAction.Result signUp(DialogAction.Context c) {
        Opportunity o = find(c.slots().get("opportunity")).orElseThrow();
        if (signUps.values().stream().anyMatch(s -> s.userId().equals(c.userId()) && s.opportunity().equals(o.id()))) {
            return DialogAction.Result.of("duplicate");
        }
        int people = Integer.parseInt(c.slots().get("people"));
        boolean waitlist = "yes".equals(c.slots().get("waitlist"));
        if (!waitlist && spacesLeft(o) < people) {
            return DialogAction.Result.of("full");
        }
        String reference = "SU-" + sequence.incrementAndGet();
        signUps.put(reference, new SignUp(reference, c.userId(), o.id(), people, waitlist));
        return new DialogAction.Result(waitlist ? "waitlisted" : "ok", Map.of("reference", reference), List.of());
    }

    private List<SignUp> mine(String userId) {
        return signUps.values().stream().filter(s -> s.userId().equals(userId)).toList();
    }

    private DialogAction.Result listSignUps(DialogAction.Context c) {
        List<Reply.Card> cards = mine(c.userId()).stream().map(s -> new Reply.Card(
                find(s.opportunity()).orElseThrow().title(), s.people() + "名 " + s.reference(),
                List.of(Reply.Choice.postback("キャンセル", "flow=cancel-signup&slot=signup&value=" + s.reference()))))
                .toList();
        return cards.isEmpty() ? DialogAction.Result.of("none")
                : new DialogAction.Result("ok", Map.of(), List.of(new Reply.Cards("お申し込み", cards)));
    }

    private DialogAction.Result cancelSignUp(DialogAction.Context c) {
        SignUp signUp = signUps.get(c.slots().get("signup"));
        if (signUp == null || !signUp.userId().equals(c.userId())) {
            return DialogAction.Result.of("none");
        }
        signUps.remove(signUp.reference());
        String title = find(signUp.opportunity()).map(Opportunity::title).orElse(signUp.opportunity());
        return new DialogAction.Result("ok", Map.of("text", "「" + title + "」のお申し込みを取り消しました。"),
                List.of());
    }

    /** Every confirmed sign-up counts as attended, two hours each. */
    private DialogAction.Result activityRecord(DialogAction.Context c) {
        List<SignUp> attended = mine(c.userId()).stream().filter(s -> !s.waitlisted()).toList();
        if (attended.isEmpty()) {
            return DialogAction.Result.of("none");
        }
        StringBuilder text = new StringBuilder("今年の活動：" + attended.size() + "回・" + attended.size() * 2 + "時間");
        attended.forEach(s -> text.append("\n").append(find(s.opportunity()).orElseThrow().title()).append("（2時間）"));
        return new DialogAction.Result("ok", Map.of("year_count", Integer.toString(attended.size())),
                List.of(new Reply.Text(text.toString())));
    }

    private DialogAction.Result rate(DialogAction.Context c) {
        String activity = c.slots().get("activity");
        if (activity == null || opportunities.stream().noneMatch(o -> o.id().equals(activity))) {
            return DialogAction.Result.of("none");
        }
        feedback.put(c.userId() + ":" + activity, new ArrayList<>(List.of(c.slots().get("rating"))));
        return DialogAction.Result.of("ok");
    }

    private DialogAction.Result grants(DialogAction.Context c) {
        if (c.slots().containsKey("grant")) {
            return "G-1".equals(c.slots().get("grant")) ? new DialogAction.Result("ok", Map.of(), List.of(
                    new Reply.Text("地域コミュニティ活動交付金：上限30万円、自治会などが対象です。")))
                    : DialogAction.Result.of("none");
        }
        String category = c.slots().get("category");
        if (!matches(category, "community")) {
            return DialogAction.Result.of("none");
        }
        return new DialogAction.Result("ok", Map.of(), List.of(new Reply.Cards("助成金", List.of(new Reply.Card(
                "地域コミュニティ活動交付金", "締め切りまであと12日", List.of(Reply.Choice.postback("詳細",
                        "flow=grant-detail&slot=grant&value=G-1")))))));
    }

    /** A roll of two: 「1,2」 or all is both, 「1」 or 「2」 one, other numbers are off the roll. */
    private static Optional<String> rollAnswer(String present) {
        if ("all".equals(present) || "1,2".equals(present)) {
            return Optional.of("出席 2件");
        }
        return "1".equals(present) || "2".equals(present) ? Optional.of("出席 1件") : Optional.empty();
    }

    /** Only {@code U-leader} is linked to a group (檍子ども食堂の会). */
    private static Reply.Card ledGroup(String id, String name) {
        return new Reply.Card(name, "市民活動団体", List.of(Reply.Choice.postback("この団体で操作",
                "flow=group-menu&slot=group&value=" + id)));
    }

    private static DialogAction.Result leader(DialogAction.Context c, DialogAction.Result forLeader) {
        return "U-leader".equals(c.userId()) ? forLeader : new DialogAction.Result("not_leader", Map.of("text",
                "このメニューは、団体の代表者としてLINEアカウントを連携した方がお使いいただけます。"), List.of());
    }

    private DialogAction.Result groups(DialogAction.Context c) {
        String query = c.slots().getOrDefault("query", "");
        String district = c.slots().get("district");
        if (district == null && c.slots().get("category") == null && !query.contains("推進委員会")) {
            return DialogAction.Result.of("vague");
        }
        List<Reply.Card> cards = new ArrayList<>();
        if (matches(district, "檍") && matches(c.slots().get("category"), "childcare")
                && !query.contains("推進委員会")) {
            cards.add(groupCard("GRP-2", "檍子ども食堂の会"));
        }
        if (matches(district, "清武") && matches(c.slots().get("category"), "community")) {
            cards.add(groupCard("GRP-4", "清武地域まちづくり推進委員会"));
        }
        return cards.isEmpty() ? DialogAction.Result.of("none")
                : new DialogAction.Result("ok", Map.of("count", Integer.toString(cards.size())),
                        List.of(new Reply.Cards(cards.size() + "件の団体", cards)));
    }

    private static Reply.Card groupCard(String id, String name) {
        return new Reply.Card(name, "市民活動団体", List.of(
                Reply.Choice.postback("詳細", "flow=group-detail&slot=group&value=" + id),
                Reply.Choice.postback("参加したい", "flow=group-join&slot=group&value=" + id)));
    }

    private DialogAction.Result group(DialogAction.Context c) {
        if (!"GRP-2".equals(c.slots().get("group"))) {
            return DialogAction.Result.of("none");
        }
        String details = "【檍子ども食堂の会】毎週土曜に子ども食堂を開いています。";
        return new DialogAction.Result("ok", Map.of("group", "GRP-2", "group_name", "檍子ども食堂の会"),
                "details".equals(c.slots().get("view")) ? List.of(new Reply.Choices(details, List.of(
                        Reply.Choice.postback("参加したい", "flow=group-join&slot=group&value=GRP-2")))) : List.of());
    }

    private DialogAction.Result facilities(DialogAction.Context c) {
        String district = c.slots().get("district");
        if (!matches(district, "清武") && !matches(district, "中央")) {
            return DialogAction.Result.of("none");
        }
        String name = "清武".equals(district) ? "清武地区交流センター" : "宮崎市民活動センター";
        return new DialogAction.Result("ok", Map.of(), List.of(new Reply.Cards("施設", List.of(new Reply.Card(
                name, "9:00〜21:00 電話で予約", List.of(Reply.Choice.says("ほかの施設", "施設を探して")))))));
    }

    private DialogAction.Result consult(DialogAction.Context c) {
        consultations.merge(c.userId(), 1, Integer::sum);
        return new DialogAction.Result("ok", Map.of("reference", "C-" + sequence.incrementAndGet(), "answer_by",
                "3営業日以内"), List.of());
    }

    private DialogAction.Result follow(DialogAction.Context c) {
        Set<String> mine = follows.computeIfAbsent(c.userId(), id -> new LinkedHashSet<>());
        Optional.ofNullable(c.slots().get("category")).ifPresent(mine::add);
        Optional.ofNullable(c.slots().get("district")).ifPresent(mine::add);
        return new DialogAction.Result("ok", Map.of("summary", summary(c.userId())), List.of());
    }

    private String summary(String userId) {
        Set<String> mine = follows.getOrDefault(userId, Set.of());
        return mine.isEmpty() ? "なし" : String.join("、", mine);
    }
}
