package jp.miyazaki.kyodo.group;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.miyazaki.kyodo.catalog.ActionSlots;
import jp.miyazaki.kyodo.catalog.CatalogActions;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.CatalogSearch;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.DisplayText;
import jp.miyazaki.kyodo.catalog.Grant;
import jp.miyazaki.kyodo.catalog.GrantStatus;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Reply.Card;
import jp.miyazaki.kyodo.dialog.Reply.Choice;
import jp.miyazaki.kyodo.dialog.flow.PostbackData;
import jp.miyazaki.kyodo.link.AccountLinks;
import jp.miyazaki.kyodo.signup.SignUp;
import jp.miyazaki.kyodo.signup.SignUpStatus;
import jp.miyazaki.kyodo.signup.SignUps;

/**
 * The groups' dialog actions: for citizens finding a group and asking to join it, and for linked leaders posting
 * a recruitment and looking at their sign-ups and grants. Leader actions answer {@code not_leader} to anyone whose
 * account is not linked to a group.
 */
public class GroupActions {

    static final String OK = "ok";
    static final String NONE = "none";
    static final String NOT_LEADER = "not_leader";
    static final String INVALID = "invalid";
    static final String SEVERAL = "several";
    private static final int MAX_CARDS = 12;
    private static final int MAX_GRANTS = 8;
    /** Upcoming activities shown with a group's details. */
    private static final int MAX_SHOWN = 3;
    /** A second tap on 送信 within this time is the same request. */
    private static final Duration DOUBLE_TAP = Duration.ofMinutes(10);

    private final GroupDirectory directory;
    private final JoinRequests joinRequests;
    private final Recruitments recruitments;
    private final AccountLinks links;
    private final LeaderMessages leaders;
    private final CatalogRepository catalog;
    private final SignUps signUps;
    private final LeaderChoices choices;

    public GroupActions(GroupDirectory directory, JoinRequests joinRequests, Recruitments recruitments,
            AccountLinks links, LeaderMessages leaders, CatalogRepository catalog, SignUps signUps,
            LeaderChoices choices) {
        this.directory = directory;
        this.joinRequests = joinRequests;
        this.recruitments = recruitments;
        this.links = links;
        this.leaders = leaders;
        this.catalog = catalog;
        this.signUps = signUps;
        this.choices = choices;
    }

    // --- citizens ---

    /**
     * group.search: slots category, district (中央 = 中央東 and 中央西), kind (a kind id or label) or query (the
     * citizen's message, which may name a kind such as 地域まちづくり推進委員会) → ok (cards with 詳細 and 参加したい) /
     * none / vague (nothing to narrow by: ask where).
     */
    public Result search(Context context) {
        ActionSlots slots = new ActionSlots(context);
        Optional<GroupKind> kind = slots.text("kind").flatMap(GroupKind::parse)
                .or(() -> slots.text("query").flatMap(GroupKind::namedIn));
        List<String> districts = slots.districtArea("district");
        List<Category> categories = new ArrayList<>(slots.categories("category"));
        if (kind.isPresent() && kind.get() == GroupKind.COUNCIL) {
            // まちづくり in 地域まちづくり推進委員会 is read as the community category; the kind already says it.
            categories.remove(Category.COMMUNITY);
        }
        boolean anywhere = "any".equals(context.slots().get("district"));
        if (kind.isEmpty() && districts.isEmpty() && categories.isEmpty() && !anywhere) {
            return new Result("vague", Map.of("text", "どの地域の団体をお探しですか？"), List.of());
        }
        List<Group> found = directory.search(kind, districts, categories, List.of());
        String what = describe(kind, districts, categories);
        if (found.isEmpty()) {
            return new Result(NONE, Map.of("count", "0", "text", what + "は見つかりませんでした。"), List.of());
        }
        List<Card> cards = found.stream().limit(MAX_CARDS).map(GroupActions::card).toList();
        String text = what + "が" + found.size() + "件見つかりました。";
        return new Result(OK, Map.of("count", String.valueOf(found.size()), "text", text),
                List.of(new Reply.Cards(text, cards)));
    }

    private static String describe(Optional<GroupKind> kind, List<String> districts, List<Category> categories) {
        StringBuilder what = new StringBuilder();
        if (!districts.isEmpty()) {
            what.append(districts.size() == 2 ? "中央" : districts.get(0)).append("の");
        }
        if (!categories.isEmpty()) {
            what.append(categories.stream().map(Category::label).collect(Collectors.joining("・"))).append("の");
        }
        return what.append(kind.map(GroupKind::label).orElse("団体")).toString();
    }

    private static Card card(Group group) {
        String where = group.districts().isEmpty() ? "市内全域" : String.join("・", group.districts());
        String body = group.kind().label() + "（" + where + "）\n" + group.description();
        return new Card(DisplayText.cut(group.name(), 40), DisplayText.cut(body, 60), List.of(
                Choice.postback("詳細", PostbackData.forSlot("group-detail", "group", group.id())),
                Choice.postback("参加したい", joinData(group))));
    }

    /** Starts the join flow for the group (what the 参加したい buttons send). */
    static String joinData(Group group) {
        return PostbackData.forSlot("group-join", "group", group.id());
    }

    /**
     * group.detail: slot group (an id or a name) → ok (values group, group_name, group_contact) / none; with slot
     * view = details the details come as a message with a 参加したい button and a button per upcoming activity of
     * the group (up to 3) that starts its sign-up.
     */
    public Result detail(Context context) {
        ActionSlots slots = new ActionSlots(context);
        Optional<Group> found = slots.text("group").flatMap(this::resolve);
        boolean view = "details".equals(slots.text("view").orElse(""));
        if (found.isEmpty()) {
            String text = "お探しの団体が見つかりませんでした。";
            return new Result(NONE, Map.of("text", text), view ? List.of(new Reply.Text(text)) : List.of());
        }
        Group group = found.get();
        String details = "【" + group.name() + "】\n"
                + group.kind().label() + "・" + group.categories().stream().map(Category::label)
                        .collect(Collectors.joining("・")) + "\n"
                + "地域：" + (group.districts().isEmpty() ? "市内全域" : String.join("・", group.districts())) + "\n"
                + "参加するには：" + group.howToJoin() + "\n"
                + "連絡先：" + group.contact() + "\n\n"
                + group.description();
        List<Opportunity> upcoming = view ? opportunitiesOf(group).stream()
                .filter(o -> o.start().toInstant().isAfter(context.at().toInstant())).limit(MAX_SHOWN).toList()
                : List.of();
        List<Choice> buttons = new ArrayList<>(List.of(Choice.postback("参加したい", joinData(group))));
        if (!upcoming.isEmpty()) {
            // The group's next activities can be signed up for at once, each button starting the signup flow.
            details += "\n\nこれからの活動（押すと申し込めます）：" + upcoming.stream()
                    .map(o -> "\n・" + o.title() + "（" + DisplayText.shortWhen(o) + "）").collect(Collectors.joining());
            upcoming.forEach(o -> buttons.add(Choice.postback(DisplayText.cut(o.title(), 20),
                    CatalogActions.signUpData(o))));
        }
        details += group.sample() ? "\n\n※デモ用のサンプルデータです。" : "";
        Map<String, String> values = groupValues(group);
        values.put("text", details);
        return new Result(OK, values, view ? List.of(new Reply.Choices(details, buttons)) : List.of());
    }

    private Optional<Group> resolve(String reference) {
        Optional<Group> byId = directory.find(reference);
        if (byId.isPresent()) {
            return byId;
        }
        return directory.list().stream().filter(g -> reference.contains(g.name()) || g.name().contains(reference))
                .findFirst();
    }

    private static Map<String, String> groupValues(Group group) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("group", group.id());
        values.put("group_name", group.name());
        values.put("group_contact", group.contact());
        return values;
    }

    /**
     * group.join: slots group, name, message (optional), contact (optional) → ok (values reference, next: what
     * happens now) / none (no such group) / duplicate (asked the same group minutes ago). The request is pushed
     * to the group's linked leaders without the citizen's LINE id; with no leader linked, staff pass it on.
     */
    public Result join(Context context) {
        ActionSlots slots = new ActionSlots(context);
        Optional<Group> found = slots.text("group").flatMap(this::resolve);
        if (found.isEmpty()) {
            return new Result(NONE, Map.of("text", "お探しの団体が見つかりませんでした。"), List.of());
        }
        Group group = found.get();
        Instant now = context.at().toInstant();
        if (joinRequests.askedSince(context.userId(), group.id(), now.minus(DOUBLE_TAP))) {
            return new Result("duplicate", Map.of("text", "「" + group.name() + "」への参加希望は先ほどお預かりしています。"),
                    List.of());
        }
        String name = slots.text("name").orElse("");
        String message = slots.text("message").orElse("");
        String contact = slots.text("contact").orElse("");
        String id = joinRequests.nextId();
        int told = leaders.tell(group.id(), "【参加希望】「" + group.name() + "」への参加希望が届きました（受付番号 " + id
                + "）。\nお名前：" + name + "\nメッセージ：" + (message.isEmpty() ? "（なし）" : message) + "\n連絡先："
                + (contact.isEmpty() ? "（記載なし。活動日や団体の連絡先に来られるかもしれません）" : contact), "join " + id);
        joinRequests.save(context.userId(), new JoinRequest(id, group.id(), name, message, contact, now, told));
        String next;
        if (told == 0) {
            next = "市の担当者から団体にお伝えします。";
        } else if (contact.isEmpty()) {
            next = "団体の代表者にお伝えしました。連絡先をいただいていないため、団体からのご連絡はありません。団体の連絡先（"
                    + group.contact() + "）にもお問い合わせいただけます。";
        } else {
            next = "団体の代表者にお伝えしました。代表者からご連絡があります。";
        }
        Map<String, String> values = groupValues(group);
        values.put("reference", id);
        values.put("next", next);
        values.put("text", "「" + group.name() + "」への参加希望を受け付けました（受付番号 " + id + "）。" + next);
        return new Result(OK, values, List.of());
    }

    // --- leaders ---

    /** The group the citizen acts for: the one they chose in the 団体メニュー, or else the first they lead, by id. */
    Optional<Group> ledBy(String userId) {
        return actingFor(userId, allLedBy(userId));
    }

    private Optional<Group> actingFor(String userId, List<Group> led) {
        return choices.chosen(userId).flatMap(id -> led.stream().filter(g -> g.id().equals(id)).findFirst())
                .or(() -> led.stream().findFirst());
    }

    private List<Group> allLedBy(String userId) {
        return links.targets(userId, GroupLinkNames.KIND).stream().sorted().map(directory::find)
                .flatMap(Optional::stream).toList();
    }

    static Result notLeader() {
        return new Result(NOT_LEADER, Map.of("text", "このメニューは、団体の代表者としてLINEアカウントを連携した方がお使いいただけます。"
                + "市民活動センターの担当者に連携コードの発行をお申し出のうえ、「連携コード XXXX-XXXX」の形で送ってください。"),
                List.of());
    }

    /**
     * group.leader: → ok (values group, group_name) / several (the citizen leads more than one group: a card each,
     * whose button answers the menu's {@code group} question) / not_leader.
     */
    public Result leader(Context context) {
        List<Group> led = allLedBy(context.userId());
        if (led.size() > 1) {
            List<Card> cards = led.stream().limit(MAX_CARDS).map(g -> new Card(DisplayText.cut(g.name(), 40),
                    DisplayText.cut(g.kind().label(), 60), List.of(Choice.postback("この団体で操作",
                            PostbackData.forSlot("group-menu", "group", g.id()))))).toList();
            return new Result(SEVERAL, groupValues(actingFor(context.userId(), led).orElseThrow()),
                    List.of(new Reply.Cards("代表を務める団体", cards)));
        }
        return actingFor(context.userId(), led).map(g -> new Result(OK, groupValues(g), List.of()))
                .orElseGet(GroupActions::notLeader);
    }

    /** group.act-as: slot group (one the citizen leads) → ok (values group, group_name) / none / not_leader. */
    public Result actAs(Context context) {
        List<Group> led = allLedBy(context.userId());
        if (led.isEmpty()) {
            return notLeader();
        }
        Optional<String> wanted = new ActionSlots(context).text("group");
        Optional<Group> chosen = led.stream().filter(g -> wanted.map(g.id()::equals).orElse(false)).findFirst();
        chosen.ifPresent(g -> choices.choose(context.userId(), g.id()));
        return chosen.map(g -> new Result(OK, groupValues(g), List.of())).orElse(Result.of(NONE));
    }

    /**
     * group.preview: slots title, date, time (「9:00-11:00」), place, capacity, description → ok (values when,
     * group_name) / invalid (the time or date does not work; values text) / not_leader. Nothing is stored.
     */
    public Result preview(Context context) {
        Optional<Group> group = ledBy(context.userId());
        if (group.isEmpty()) {
            return notLeader();
        }
        Optional<Recruitment> draft = draft(context, group.get(), "R?");
        if (draft.isEmpty()) {
            return invalidDraft();
        }
        Map<String, String> values = groupValues(group.get());
        values.put("when", when(draft.get()));
        if (!draft.get().date().atTime(draft.get().start()).atZone(CatalogSearch.TOKYO).isAfter(context.at())) {
            return new Result(INVALID, Map.of("text", "過去の日時では募集できません。日付を選び直して、もう一度「募集を出したい」と送ってください。"),
                    List.of());
        }
        values.put("text", "「" + draft.get().title() + "」" + when(draft.get()) + "、" + draft.get().place() + "、定員"
                + draft.get().capacity() + "名");
        return new Result(OK, values, List.of());
    }

    /**
     * group.recruit: the slots of group.preview → ok (values reference) / invalid / not_leader. Stores the
     * recruitment as pending for staff to approve.
     */
    public Result recruit(Context context) {
        Optional<Group> group = ledBy(context.userId());
        if (group.isEmpty()) {
            return notLeader();
        }
        Optional<Recruitment> draft = draft(context, group.get(), recruitments.nextId());
        if (draft.isEmpty()) {
            return invalidDraft();
        }
        recruitments.save(draft.get());
        Map<String, String> values = groupValues(group.get());
        values.put("reference", draft.get().id());
        values.put("text", "募集を受け付けました（受付番号 " + draft.get().id() + "）。市の担当者が確認してから公開し、公開されたらお知らせします。");
        return new Result(OK, values, List.of());
    }

    private Optional<Recruitment> draft(Context context, Group group, String id) {
        ActionSlots slots = new ActionSlots(context);
        Optional<String> title = slots.text("title");
        Optional<LocalDate> date = slots.date("date");
        Optional<TimeSpan> time = slots.text("time").flatMap(TimeSpan::parse);
        Optional<Integer> capacity = slots.number("capacity");
        if (title.isEmpty() || date.isEmpty() || time.isEmpty() || capacity.isEmpty() || capacity.get() < 1) {
            return Optional.empty();
        }
        return Optional.of(new Recruitment(id, group.id(), title.get(), date.get(), time.get().start(),
                time.get().end(), slots.text("place").orElse(""), capacity.get(),
                slots.text("description").orElse(""), RecruitmentStatus.PENDING, context.at().toInstant(), null, null));
    }

    private static Result invalidDraft() {
        return new Result(INVALID, Map.of("text", "日時の読み取りができませんでした。時間は「9:00-11:00」の形で、もう一度「募集を出したい」から送ってください。"),
                List.of());
    }

    private static String when(Recruitment r) {
        return DisplayText.day(r.date()) + " " + r.start().getHour() + ":" + "%02d".formatted(r.start().getMinute())
                + "〜" + r.end().getHour() + ":" + "%02d".formatted(r.end().getMinute());
    }

    /**
     * group.signups: → ok (a message per upcoming activity of the group: confirmed and waiting people and the
     * names given at sign-up, never phones or e-mails) / none / not_leader.
     */
    public Result signUps(Context context) {
        Optional<Group> group = ledBy(context.userId());
        if (group.isEmpty()) {
            return notLeader();
        }
        List<Opportunity> upcoming = opportunitiesOf(group.get()).stream()
                .filter(o -> o.start().toInstant().isAfter(context.at().toInstant())).toList();
        if (upcoming.isEmpty()) {
            return new Result(NONE, Map.of("count", "0", "text", "「" + group.get().name() + "」のこれからの活動はまだありません。"),
                    List.of());
        }
        StringBuilder text = new StringBuilder("「" + group.get().name() + "」の申し込み状況です。");
        for (Opportunity o : upcoming.stream().limit(MAX_CARDS).toList()) {
            List<SignUp> entries = signUps.ofOpportunity(o.id());
            int confirmed = entries.stream().filter(s -> s.status() == SignUpStatus.CONFIRMED).mapToInt(SignUp::people).sum();
            int waiting = entries.stream().filter(s -> s.status() == SignUpStatus.WAITLISTED).mapToInt(SignUp::people).sum();
            text.append("\n\n■").append(o.title()).append("（").append(DisplayText.shortWhen(o)).append("）\n")
                    .append("確定 ").append(confirmed).append("名／定員").append(o.capacity()).append("名・キャンセル待ち ")
                    .append(waiting).append("名");
            for (SignUp s : entries) {
                text.append("\n・").append(s.name() == null || s.name().isBlank() ? "（お名前なし）" : s.name())
                        .append(" ").append(s.people()).append("名")
                        .append(s.status() == SignUpStatus.WAITLISTED ? "（キャンセル待ち）" : "");
            }
        }
        return new Result(OK, Map.of("count", String.valueOf(upcoming.size()), "text", text.toString()),
                List.of(new Reply.Text(text.toString())));
    }

    /** The group's opportunities: those published from its recruitments and those it is named organiser of. */
    List<Opportunity> opportunitiesOf(Group group) {
        Set<String> ids = new LinkedHashSet<>(directory.opportunityIds(group.id()));
        List<Opportunity> all = new ArrayList<>();
        for (Opportunity o : catalog.listOpportunities()) {
            if (ids.contains(o.id()) || group.name().equals(o.organiser())) {
                all.add(o);
            }
        }
        all.sort(Comparator.comparing(Opportunity::start));
        return all;
    }

    /**
     * group.grants: → ok (the open grants whose categories the group shares, nearest deadline first, with days
     * left) / none / not_leader.
     */
    public Result grants(Context context) {
        Optional<Group> group = ledBy(context.userId());
        if (group.isEmpty()) {
            return notLeader();
        }
        LocalDate today = context.at().withZoneSameInstant(CatalogSearch.TOKYO).toLocalDate();
        List<Grant> usable = catalog.listGrants().stream()
                .filter(g -> g.statusOn(today) == GrantStatus.OPEN)
                .filter(g -> g.categories().stream().anyMatch(group.get().categories()::contains))
                .sorted(Comparator.comparing(Grant::deadline)).toList();
        if (usable.isEmpty()) {
            return new Result(NONE, Map.of("count", "0", "text", "「" + group.get().name()
                    + "」の分野で、いま申請できる補助金はありません。"), List.of());
        }
        StringBuilder text = new StringBuilder("「" + group.get().name() + "」の分野で申請できる補助金です（締め切りが近い順）。");
        for (Grant grant : usable.stream().limit(MAX_GRANTS).toList()) {
            long days = grant.daysUntilDeadline(today);
            text.append("\n\n・").append(grant.name()).append("\n　").append(DisplayText.day(grant.deadline()))
                    .append("締め切り・").append(days == 0 ? "本日まで" : "あと" + days + "日");
        }
        List<Choice> details = usable.stream().limit(4).map(g -> Choice.postback(DisplayText.cut(g.name(), 20),
                PostbackData.forSlot("grant-detail", "grant", g.id()))).toList();
        Map<String, String> values = new LinkedHashMap<>(groupValues(group.get()));
        values.put("count", String.valueOf(usable.size()));
        values.put("text", text.toString());
        return new Result(OK, values, List.of(new Reply.Choices(text.toString(), details)));
    }
}
