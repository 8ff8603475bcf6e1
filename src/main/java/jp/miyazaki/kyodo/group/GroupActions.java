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
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.DisplayText;
import jp.miyazaki.kyodo.catalog.Grant;
import jp.miyazaki.kyodo.catalog.GrantStatus;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;
import jp.miyazaki.kyodo.dialog.FlowAction;
import jp.miyazaki.kyodo.dialog.Reply.Card;
import jp.miyazaki.kyodo.dialog.Reply.Choice;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.dialog.flow.PostbackData.SlotTarget;
import jp.miyazaki.kyodo.dialog.flow.PostbackData;
import jp.miyazaki.kyodo.link.AccountLinks;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.shared.LineLimits;
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
    private static final SlotTarget GROUP_DETAIL = PostbackData.slotTarget("group-detail", "group");
    private static final SlotTarget GROUP_JOIN = PostbackData.slotTarget("group-join", "group");
    private static final SlotTarget GROUP_MENU = PostbackData.slotTarget("group-menu", "group");
    private static final int MAX_CARDS = LineLimits.CAROUSEL_BUBBLES;
    private static final int LABEL = LineLimits.ACTION_LABEL_LENGTH;
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
    private final Wording messages;

    public GroupActions(GroupDirectory directory, JoinRequests joinRequests, Recruitments recruitments,
            AccountLinks links, LeaderMessages leaders, CatalogRepository catalog, SignUps signUps,
            LeaderChoices choices, Wording messages) {
        this.directory = directory;
        this.joinRequests = joinRequests;
        this.recruitments = recruitments;
        this.links = links;
        this.leaders = leaders;
        this.catalog = catalog;
        this.signUps = signUps;
        this.choices = choices;
        this.messages = messages;
    }

    // --- citizens ---

    /**
     * group.search: slots category, district (中央 = 中央東 and 中央西), kind (a kind id or label) or query (the
     * citizen's message, which may name a kind such as 地域まちづくり推進委員会) → ok (cards with 詳細 and 参加したい) /
     * none / vague (nothing to narrow by: ask where).
     */
    @FlowAction(name = "group.search", outcomes = {"ok", "none", "vague"})
    public Result search(Context context) {
        Wording wording = messages.in(context.language());
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
            return new Result("vague", Map.of("text", wording.text("group.search-vague")), List.of());
        }
        List<Group> found = directory.search(kind, districts, categories, List.of());
        String what = describe(wording, kind, districts, categories);
        if (found.isEmpty()) {
            return new Result(NONE, Map.of("count", "0", "text", wording.text("group.search-none",
                    Map.of("what", what))), List.of());
        }
        List<Card> cards = found.stream().limit(MAX_CARDS).map(group -> card(wording, group)).toList();
        String text = wording.text("group.search-found", Map.of("what", what, "count", found.size()));
        return new Result(OK, Map.of("count", String.valueOf(found.size()), "text", text),
                List.of(new Reply.Cards(text, cards)));
    }

    private static String describe(Wording wording, Optional<GroupKind> kind, List<String> districts,
            List<Category> categories) {
        StringBuilder what = new StringBuilder();
        if (!districts.isEmpty()) {
            what.append(wording.text("group.describe-of", Map.of("name", districts.size() == 2
                    ? wording.text("group.central-area") : districts.get(0))));
        }
        if (!categories.isEmpty()) {
            what.append(wording.text("group.describe-of", Map.of("name", dotted(wording, categories.stream()
                    .map(category -> category.label(wording.language())).toList()))));
        }
        return what.append(kind.map(k -> k.label(wording.language()))
                .orElseGet(() -> wording.text("group.describe-groups"))).toString();
    }

    private static Card card(Wording wording, Group group) {
        String body = wording.text("group.card", Map.of("kind", group.kind().label(wording.language()),
                "where", where(wording, group),
                "description", group.description()));
        return new Card(DisplayText.cut(group.name(), 40), DisplayText.cut(body, 60), List.of(
                Choice.postback(wording.text("group.button-detail"), GROUP_DETAIL.data(group.id())),
                Choice.postback(wording.text("group.button-join"), joinData(group))));
    }

    private static String where(Wording wording, Group group) {
        return group.districts().isEmpty() ? wording.text("group.whole-city") : dotted(wording, group.districts());
    }

    private static String dotted(Wording wording, List<String> names) {
        return String.join(wording.text("common.dot-separator"), names);
    }

    /** Starts the join flow for the group (what the 参加したい buttons send). */
    static String joinData(Group group) {
        return GROUP_JOIN.data(group.id());
    }

    /**
     * group.detail: slot group (an id or a name) → ok (values group, group_name, group_contact) / none; with slot
     * view = details the details come as a message with a 参加したい button and a button per upcoming activity of
     * the group (up to 3) that starts its sign-up. With no group at all, none and nothing said (a flow asks first
     * whether the message named one).
     */
    @FlowAction(name = "group.detail", outcomes = {"ok", "none"})
    public Result detail(Context context) {
        Wording wording = messages.in(context.language());
        ActionSlots slots = new ActionSlots(context);
        Optional<String> reference = slots.text("group");
        if (reference.isEmpty()) {
            return new Result(NONE, Map.of(), List.of());
        }
        Optional<Group> found = reference.flatMap(this::resolve);
        boolean view = "details".equals(slots.text("view").orElse(""));
        if (found.isEmpty()) {
            String text = wording.text("group.not-found");
            return new Result(NONE, Map.of("text", text), view ? List.of(new Reply.Text(text)) : List.of());
        }
        Group group = found.get();
        String details = wording.text("group.details", Map.of("name", group.name(),
                "kind", group.kind().label(wording.language()), "categories", dotted(wording, group.categories()
                        .stream().map(category -> category.label(wording.language())).toList()),
                "where", where(wording, group), "how_to_join", group.howToJoin(), "contact", group.contact(),
                "description", group.description()));
        List<Opportunity> upcoming = view ? opportunitiesOf(group).stream()
                .filter(o -> o.start().toInstant().isAfter(context.at().toInstant())).limit(MAX_SHOWN).toList()
                : List.of();
        List<Choice> buttons = new ArrayList<>(List.of(Choice.postback(wording.text("group.button-join"),
                joinData(group))));
        if (!upcoming.isEmpty()) {
            // The group's next activities can be signed up for at once, each button starting the signup flow.
            details += "\n\n" + wording.text("group.details-upcoming") + upcoming.stream()
                    .map(o -> "\n" + wording.text("group.details-upcoming-line", Map.of("title", o.title(),
                            "when", DisplayText.shortWhen(wording, o)))).collect(Collectors.joining());
            upcoming.forEach(o -> buttons.add(Choice.postback(DisplayText.cut(o.title(), LABEL),
                    CatalogActions.signUpData(o))));
        }
        details += group.sample() ? "\n\n" + wording.text("catalog.sample-note") : "";
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
    @FlowAction(name = "group.join", outcomes = {"ok", "duplicate", "none"})
    public Result join(Context context) {
        Wording wording = messages.in(context.language());
        ActionSlots slots = new ActionSlots(context);
        Optional<Group> found = slots.text("group").flatMap(this::resolve);
        if (found.isEmpty()) {
            return new Result(NONE, Map.of("text", wording.text("group.not-found")), List.of());
        }
        Group group = found.get();
        Instant now = context.at().toInstant();
        if (joinRequests.askedSince(context.userId(), group.id(), now.minus(DOUBLE_TAP))) {
            return new Result("duplicate", Map.of("text", wording.text("group.join-duplicate",
                    Map.of("name", group.name()))), List.of());
        }
        String name = slots.text("name").orElse("");
        String message = slots.text("message").orElse("");
        String contact = slots.text("contact").orElse("");
        String id = joinRequests.nextId();
        int told = leaders.tell(group.id(), language -> joinRequest(messages.in(language), group, id, name, message,
                contact), "join " + id);
        joinRequests.save(context.userId(), new JoinRequest(id, group.id(), name, message, contact, now, told));
        String next;
        if (told == 0) {
            next = wording.text("group.join-next-staff");
        } else if (contact.isEmpty()) {
            next = wording.text("group.join-next-no-contact", Map.of("contact", group.contact()));
        } else {
            next = wording.text("group.join-next-leader");
        }
        Map<String, String> values = groupValues(group);
        values.put("reference", id);
        values.put("next", next);
        values.put("text", wording.text("group.join-received", Map.of("name", group.name(), "reference", id,
                "next", next)));
        return new Result(OK, values, List.of());
    }

    /** The request as the group's leader reads it: never the citizen's LINE id. */
    private static String joinRequest(Wording wording, Group group, String id, String name, String message,
            String contact) {
        return wording.text("group.join-request", Map.of("group", group.name(), "reference", id, "name", name,
                "message", message.isEmpty() ? wording.text("group.join-request-no-message") : message,
                "contact", contact.isEmpty() ? wording.text("group.join-request-no-contact") : contact));
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
        return links.targets(userId, GroupDirectory.LINK_KIND).stream().sorted().map(directory::find)
                .flatMap(Optional::stream).toList();
    }

    Result notLeader(String language) {
        Wording wording = messages.in(language);
        return new Result(NOT_LEADER, Map.of("text", wording.text("group.not-leader")), List.of());
    }

    /**
     * group.leader: → ok (values group, group_name) / several (the citizen leads more than one group: a card each,
     * whose button answers the menu's {@code group} question) / not_leader.
     */
    @FlowAction(name = "group.leader", outcomes = {"ok", "several", "not_leader"})
    public Result leader(Context context) {
        Wording wording = messages.in(context.language());
        List<Group> led = allLedBy(context.userId());
        if (led.size() > 1) {
            List<Card> cards = led.stream().limit(MAX_CARDS).map(g -> new Card(DisplayText.cut(g.name(), 40),
                    DisplayText.cut(g.kind().label(wording.language()), 60), List.of(Choice.postback(
                            wording.text("group.button-act-as"), GROUP_MENU.data(g.id()))))).toList();
            return new Result(SEVERAL, groupValues(actingFor(context.userId(), led).orElseThrow()),
                    List.of(new Reply.Cards(wording.text("group.led-groups"), cards)));
        }
        return actingFor(context.userId(), led).map(g -> new Result(OK, groupValues(g), List.of()))
                .orElseGet(() -> notLeader(context.language()));
    }

    /** group.act-as: slot group (one the citizen leads) → ok (values group, group_name) / none / not_leader. */
    @FlowAction(name = "group.act-as", outcomes = {"ok", "none", "not_leader"})
    public Result actAs(Context context) {
        List<Group> led = allLedBy(context.userId());
        if (led.isEmpty()) {
            return notLeader(context.language());
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
    @FlowAction(name = "group.preview", outcomes = {"ok", "invalid", "not_leader"})
    public Result preview(Context context) {
        Wording wording = messages.in(context.language());
        Optional<Group> group = ledBy(context.userId());
        if (group.isEmpty()) {
            return notLeader(context.language());
        }
        Optional<Recruitment> draft = draft(context, group.get(), "R?");
        if (draft.isEmpty()) {
            return invalidDraft(wording);
        }
        Map<String, String> values = groupValues(group.get());
        values.put("when", when(wording, draft.get()));
        if (!draft.get().date().atTime(draft.get().start()).atZone(CityTime.ZONE).isAfter(context.at())) {
            return new Result(INVALID, Map.of("text", wording.text("group.recruit-past")), List.of());
        }
        values.put("text", wording.text("group.recruit-preview", Map.of("title", draft.get().title(),
                "when", when(wording, draft.get()), "place", draft.get().place(), "capacity", draft.get().capacity())));
        return new Result(OK, values, List.of());
    }

    /**
     * group.recruit: the slots of group.preview → ok (values reference) / invalid / not_leader. Stores the
     * recruitment as pending for staff to approve.
     */
    @FlowAction(name = "group.recruit", outcomes = {"ok", "invalid", "not_leader"})
    public Result recruit(Context context) {
        Wording wording = messages.in(context.language());
        Optional<Group> group = ledBy(context.userId());
        if (group.isEmpty()) {
            return notLeader(context.language());
        }
        Optional<Recruitment> draft = draft(context, group.get(), recruitments.nextId());
        if (draft.isEmpty()) {
            return invalidDraft(wording);
        }
        recruitments.save(draft.get());
        Map<String, String> values = groupValues(group.get());
        values.put("reference", draft.get().id());
        values.put("text", wording.text("group.recruit-received", Map.of("reference", draft.get().id())));
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

    private static Result invalidDraft(Wording wording) {
        return new Result(INVALID, Map.of("text", wording.text("group.recruit-invalid")), List.of());
    }

    private static String when(Wording wording, Recruitment r) {
        return wording.text("group.recruit-when", Map.of("day", DisplayText.day(wording, r.date()),
                "start", r.start().getHour() + ":" + "%02d".formatted(r.start().getMinute()),
                "end", r.end().getHour() + ":" + "%02d".formatted(r.end().getMinute())));
    }

    /**
     * group.signups: → ok (a message per upcoming activity of the group: confirmed and waiting people and the
     * names given at sign-up, never phones or e-mails) / none / not_leader.
     */
    @FlowAction(name = "group.signups", outcomes = {"ok", "none", "not_leader"})
    public Result signUps(Context context) {
        Wording wording = messages.in(context.language());
        Optional<Group> group = ledBy(context.userId());
        if (group.isEmpty()) {
            return notLeader(context.language());
        }
        List<Opportunity> upcoming = opportunitiesOf(group.get()).stream()
                .filter(o -> o.start().toInstant().isAfter(context.at().toInstant())).toList();
        if (upcoming.isEmpty()) {
            return new Result(NONE, Map.of("count", "0", "text", wording.text("group.signups-none",
                    Map.of("name", group.get().name()))), List.of());
        }
        StringBuilder text = new StringBuilder(wording.text("group.signups", Map.of("name", group.get().name())));
        for (Opportunity o : upcoming.stream().limit(MAX_CARDS).toList()) {
            List<SignUp> entries = signUps.ofOpportunity(o.id());
            int confirmed = entries.stream().filter(s -> s.status() == SignUpStatus.CONFIRMED).mapToInt(SignUp::people).sum();
            int waiting = entries.stream().filter(s -> s.status() == SignUpStatus.WAITLISTED).mapToInt(SignUp::people).sum();
            text.append("\n\n").append(wording.text("group.signups-activity", Map.of("title", o.title(),
                    "when", DisplayText.shortWhen(wording, o), "confirmed", confirmed, "capacity", o.capacity(),
                    "waiting", waiting)));
            for (SignUp s : entries) {
                Map<String, Object> entry = Map.of("people", s.people(), "name", s.name() == null
                        || s.name().isBlank() ? wording.text("group.signups-no-name") : s.name());
                text.append("\n").append(s.status() == SignUpStatus.WAITLISTED
                        ? wording.text("group.signups-entry-waiting", entry) : wording.text("group.signups-entry", entry));
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
    @FlowAction(name = "group.grants", outcomes = {"ok", "none", "not_leader"})
    public Result grants(Context context) {
        Wording wording = messages.in(context.language());
        Optional<Group> group = ledBy(context.userId());
        if (group.isEmpty()) {
            return notLeader(context.language());
        }
        LocalDate today = context.at().withZoneSameInstant(CityTime.ZONE).toLocalDate();
        List<Grant> usable = catalog.listGrants().stream()
                .filter(g -> g.statusOn(today) == GrantStatus.OPEN)
                .filter(g -> g.categories().stream().anyMatch(group.get().categories()::contains))
                .sorted(Comparator.comparing(Grant::deadline)).toList();
        if (usable.isEmpty()) {
            return new Result(NONE, Map.of("count", "0", "text", wording.text("group.grants-none",
                    Map.of("name", group.get().name()))), List.of());
        }
        StringBuilder text = new StringBuilder(wording.text("group.grants", Map.of("name", group.get().name())));
        for (Grant grant : usable.stream().limit(MAX_GRANTS).toList()) {
            long days = grant.daysUntilDeadline(today);
            text.append("\n\n").append(wording.text("catalog.deadline-line", Map.of("name", grant.name(),
                    "deadline", DisplayText.day(wording, grant.deadline()), "left", days == 0
                            ? wording.text("catalog.deadline-today")
                            : wording.text("catalog.deadline-days", Map.of("days", days)))));
        }
        List<Choice> details = usable.stream().limit(4).map(g -> Choice.postback(DisplayText.cut(g.name(), LABEL),
                CatalogActions.GRANT_DETAIL.data(g.id()))).toList();
        Map<String, String> values = new LinkedHashMap<>(groupValues(group.get()));
        values.put("count", String.valueOf(usable.size()));
        values.put("text", text.toString());
        return new Result(OK, values, List.of(new Reply.Choices(text.toString(), details)));
    }
}
