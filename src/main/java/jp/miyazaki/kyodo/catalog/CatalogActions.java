package jp.miyazaki.kyodo.catalog;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Reply.Card;
import jp.miyazaki.kyodo.dialog.Reply.Choice;
import jp.miyazaki.kyodo.dialog.flow.PostbackData;
import jp.miyazaki.kyodo.nlu.DateRange;

/**
 * The catalog's dialog actions: searching opportunities, grants and facilities, their details, and finding an
 * opportunity or grant by a half-remembered name. Card and button texts respect LINE's carousel limits.
 */
public class CatalogActions {

    /** The outcome of an answer found; flows branch on it. */
    public static final String OK = "ok";
    /** The outcome of nothing found. */
    public static final String NONE = "none";

    static final int MAX_CARDS = 12;
    static final int CARD_TITLE = 40;
    static final int CARD_TEXT = 60;
    static final int LABEL = 20;
    private static final int MAX_DEADLINES = 8;
    private static final int MAX_CANDIDATES = 4;

    private final CatalogRepository repository;
    private final CatalogSearch search;
    private final Availability availability;

    public CatalogActions(CatalogRepository repository, CatalogSearch search, Availability availability) {
        this.repository = repository;
        this.search = search;
        this.availability = availability;
    }

    /** catalog.search: slots category, district, date_from, date_to (or date = from/to), kind, keywords. */
    public Result searchOpportunities(Context context) {
        ActionSlots slots = new ActionSlots(context);
        OpportunityQuery query = new OpportunityQuery(slots.category("category"), slots.districtArea("district"),
                slots.date("date_from").or(() -> slots.range("date").map(DateRange::from)),
                slots.date("date_to").or(() -> slots.range("date").map(DateRange::to)),
                slots.text("kind").flatMap(OpportunityKind::parse),
                slots.text("keywords").orElse(""));
        List<OpportunityMatch> found = search.opportunities(query, context.at());
        if (found.isEmpty()) {
            return noOpportunities(query, context.at());
        }
        List<Card> cards = found.stream().limit(MAX_CARDS).map(m -> card(m.opportunity())).toList();
        String summary = found.size() > MAX_CARDS
                ? found.size() + "件見つかりました。近い順に" + MAX_CARDS + "件をご案内します。"
                : found.size() + "件見つかりました。";
        return new Result(OK, Map.of("count", String.valueOf(found.size()), "text", summary),
                List.of(new Reply.Cards("活動が" + found.size() + "件見つかりました", cards)));
    }

    private Result noOpportunities(OpportunityQuery query, ZonedDateTime now) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("count", "0");
        StringBuilder text = new StringBuilder("条件に合う活動が見つかりませんでした。");
        if (!query.districts().isEmpty()) {
            int wider = search.opportunities(query.withDistrict(null), now).size();
            values.put("wider_district_count", String.valueOf(wider));
            if (wider > 0) {
                text.append("\n地域を問わなければ").append(wider).append("件あります。");
            }
        }
        if (query.from().isPresent() || query.to().isPresent()) {
            int wider = search.opportunities(query.withDates(null, null), now).size();
            values.put("wider_dates_count", String.valueOf(wider));
            if (wider > 0) {
                text.append("\n日付を問わなければ").append(wider).append("件あります。");
            }
        }
        values.put("text", text.toString());
        return new Result(NONE, values, List.of());
    }

    Card card(Opportunity opportunity) {
        int left = availability.spacesLeft(opportunity);
        String spaces = left > 0 ? "残り" + left + "名" : "満員（キャンセル待ちできます）";
        String body = DisplayText.shortWhen(opportunity) + "\n"
                + line("", DisplayText.cut(opportunity.place(), CARD_TEXT - 16 - spaces.length())) + spaces;
        return new Card(DisplayText.cut(opportunity.title(), CARD_TITLE), DisplayText.cut(body, CARD_TEXT),
                List.of(Choice.postback("詳細", detailData(opportunity)), Choice.postback("申し込む", signUpData(opportunity))));
    }

    /**
     * catalog.opportunity: slot opportunity (or opportunity_id, id) holding an id or a name such as
     * 「青島のビーチクリーンに申し込みたい」 → ok / none (unknown or already started). With slot view = details the
     * details come as a message with a 申し込む button.
     */
    public Result opportunityDetails(Context context) {
        ActionSlots slots = new ActionSlots(context);
        Optional<Opportunity> found = slots.text("opportunity", "opportunity_id", "id")
                .flatMap(reference -> resolve(reference, context.at()))
                .filter(o -> o.start().toInstant().isAfter(context.at().toInstant()));
        boolean view = "details".equals(slots.text("view").orElse(""));
        if (found.isEmpty()) {
            String text = "お探しの活動が見つかりませんでした。受付が終わった可能性があります。";
            return new Result(NONE, Map.of("text", text), view ? List.of(new Reply.Text(text)) : List.of());
        }
        Opportunity opportunity = found.get();
        Map<String, String> values = opportunityValues(opportunity);
        String details = "【" + opportunity.title() + "】\n"
                + opportunity.kind().label() + "・" + opportunity.category().label() + "\n"
                + "日時：" + DisplayText.when(opportunity) + "\n"
                + line("場所：", where(opportunity))
                + "定員：" + opportunity.capacity() + "名（" + spacesText(opportunity) + "）\n"
                + line("主催：", opportunity.organiser())
                + line("連絡先：", opportunity.contact()) + "\n"
                + opportunity.description()
                + (opportunity.sample() ? "\n\n※デモ用のサンプルデータです。" : "");
        values.put("details", details);
        values.put("text", details);
        List<Reply.Part> parts = view
                ? List.of(new Reply.Choices(details, List.of(Choice.postback("申し込む", signUpData(opportunity)))))
                : List.of();
        return new Result(OK, values, parts);
    }

    /** An id, or else the upcoming opportunity the words name best. */
    private Optional<Opportunity> resolve(String reference, ZonedDateTime now) {
        Optional<Opportunity> byId = repository.findOpportunity(reference);
        if (byId.isPresent()) {
            return byId;
        }
        String name = reference.replaceAll("[「」『』]", "").replaceFirst("(に|へ|の)?(申し?込|参加|応募).*$", "");
        return search.opportunitiesNamed(name.isBlank() ? reference : name, now).stream().findFirst()
                .map(NameMatcher.Scored::item);
    }

    /**
     * The values every opportunity-related answer offers to reply templates. Values join the flow's slots, so
     * none is named like a slot a flow asks for (category, district, date, contact, name…).
     */
    public Map<String, String> opportunityValues(Opportunity opportunity) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("opportunity", opportunity.id());
        values.put("title", opportunity.title());
        values.put("when", DisplayText.when(opportunity));
        values.put("place", Objects.toString(opportunity.place(), ""));
        values.put("opportunity_kind", opportunity.kind().label());
        values.put("opportunity_category", opportunity.category().label());
        values.put("opportunity_district", Objects.toString(opportunity.district(), ""));
        values.put("capacity", String.valueOf(opportunity.capacity()));
        values.put("spaces_left", String.valueOf(availability.spacesLeft(opportunity)));
        values.put("organiser", Objects.toString(opportunity.organiser(), ""));
        values.put("organiser_contact", Objects.toString(opportunity.contact(), ""));
        return values;
    }

    /** A labelled line, or nothing when staff left the (optional) field empty. */
    private static String line(String label, String value) {
        return value == null || value.isBlank() ? "" : label + value + "\n";
    }

    /** The place and its district, whichever of the two (both optional) staff gave. */
    private static String where(Opportunity opportunity) {
        String place = Objects.toString(opportunity.place(), "").strip();
        String district = Objects.toString(opportunity.district(), "").strip();
        return place.isEmpty() || district.isEmpty() ? place + district : place + "（" + district + "）";
    }

    private String spacesText(Opportunity opportunity) {
        int left = availability.spacesLeft(opportunity);
        return left > 0 ? "残り" + left + "名" : "満員・キャンセル待ち受付中";
    }

    /** catalog.find: slot name (or title) → ok (opportunity, title, when…) / ambiguous (candidates) / none. */
    public Result findOpportunity(Context context) {
        Optional<String> name = new ActionSlots(context).text("name", "title");
        List<NameMatcher.Scored<Opportunity>> ranked = name.map(n -> search.opportunitiesNamed(n, context.at()))
                .orElse(List.of());
        if (ranked.isEmpty()) {
            return new Result(NONE, Map.of("text", "そのお名前の活動は見つかりませんでした。"), List.of());
        }
        boolean clear = ranked.size() == 1 || ranked.get(0).similarity() - ranked.get(1).similarity() >= 0.1;
        if (clear) {
            Opportunity best = ranked.get(0).item();
            Map<String, String> values = opportunityValues(best);
            values.put("opportunity_id", best.id());
            values.put("text", "「" + best.title() + "」（" + DisplayText.when(best) + "）ですね。");
            return new Result(OK, values, List.of());
        }
        List<Choice> choices = ranked.stream().limit(MAX_CANDIDATES)
                .map(s -> Choice.postback(DisplayText.cut(s.item().title(), LABEL), signUpData(s.item())))
                .toList();
        String text = "どの活動でしょうか。";
        return new Result("ambiguous", Map.of("count", String.valueOf(choices.size()), "text", text),
                List.of(new Reply.Choices(text, choices)));
    }

    /**
     * grant.search: slots category, keywords (or purpose) → ok / none, open grants first and closed ones last;
     * with slot grant (an id or a name) it shows that grant instead, like grant.detail.
     */
    public Result searchGrants(Context context) {
        ActionSlots slots = new ActionSlots(context);
        if (slots.text("grant").isPresent()) {
            return grantDetails(context);
        }
        LocalDate today = today(context);
        List<Grant> found = search.grants(slots.category("category"), slots.text("keywords", "purpose").orElse(""),
                today);
        if (found.isEmpty()) {
            return new Result(NONE, Map.of("count", "0", "text", "条件に合う補助金は見つかりませんでした。"), List.of());
        }
        List<Card> cards = found.stream().limit(MAX_CARDS).map(g -> new Card(DisplayText.cut(g.name(), CARD_TITLE),
                DisplayText.cut(windowText(g, today) + "\n" + g.amount(), CARD_TEXT),
                List.of(Choice.postback("詳細", PostbackData.forSlot("grant-detail", "grant", g.id()))))).toList();
        long open = found.stream().filter(g -> g.statusOn(today) == GrantStatus.OPEN).count();
        return new Result(OK, Map.of("count", String.valueOf(found.size()), "open_count", String.valueOf(open),
                "text", found.size() + "件の補助金が見つかりました（受付中" + open + "件）。"),
                List.of(new Reply.Cards("補助金が" + found.size() + "件見つかりました", cards)));
    }

    /**
     * grant.deadlines: optional slot grant (a name, or the citizen's whole question) → named with that grant's
     * deadline when it names one; otherwise optional slot category → ok / none with the grants still open,
     * nearest deadline first.
     */
    public Result grantDeadlines(Context context) {
        LocalDate today = today(context);
        Optional<Grant> named = new ActionSlots(context).text("grant").flatMap(search::grantNamed);
        if (named.isPresent()) {
            return grantDeadline(named.get(), today);
        }
        Optional<Category> category = new ActionSlots(context).category("category");
        List<Grant> open = search.grantDeadlines(today).stream()
                .filter(g -> category.isEmpty() || g.categories().contains(category.get())).toList();
        if (open.isEmpty()) {
            return new Result(NONE, Map.of("count", "0", "text", "いま申請できる補助金はありません。"), List.of());
        }
        StringBuilder text = new StringBuilder("申請できる補助金の締め切りです（近い順）。");
        for (Grant grant : open.stream().limit(MAX_DEADLINES).toList()) {
            text.append("\n\n・").append(grant.name()).append("\n　")
                    .append(DisplayText.day(grant.deadline())).append("締め切り・")
                    .append(grant.statusOn(today) == GrantStatus.UPCOMING
                            ? DisplayText.day(grant.applicationOpens()) + "受付開始"
                            : grant.daysUntilDeadline(today) == 0 ? "本日まで" : "あと" + grant.daysUntilDeadline(today) + "日");
        }
        Grant nearest = open.get(0);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("count", String.valueOf(open.size()));
        values.put("nearest_name", nearest.name());
        values.put("nearest_deadline", DisplayText.day(nearest.deadline()));
        values.put("nearest_days_left", String.valueOf(nearest.daysUntilDeadline(today)));
        values.put("text", text.toString());
        return new Result(OK, values, List.of(new Reply.Text(text.toString())));
    }

    private static Result grantDeadline(Grant grant, LocalDate today) {
        GrantStatus status = grant.statusOn(today);
        String when = status == GrantStatus.CLOSED ? "受付は終了しました（締め切りは" + DisplayText.day(grant.deadline()) + "でした）。"
                : status == GrantStatus.UPCOMING ? "締め切りは" + DisplayText.day(grant.deadline()) + "です。受付は"
                        + DisplayText.day(grant.applicationOpens()) + "から始まります。"
                : "締め切りは" + DisplayText.day(grant.deadline()) + "です（"
                        + (grant.daysUntilDeadline(today) == 0 ? "本日まで" : "あと" + grant.daysUntilDeadline(today) + "日")
                        + "）。";
        String text = grant.name() + "の" + when;
        Map<String, String> values = new LinkedHashMap<>();
        values.put("count", "1");
        values.put("nearest_name", grant.name());
        values.put("nearest_deadline", DisplayText.day(grant.deadline()));
        values.put("nearest_days_left", String.valueOf(grant.daysUntilDeadline(today)));
        values.put("text", text);
        return new Result("named", values, List.of(new Reply.Text(text)));
    }

    /**
     * grant.detail: slot grant (or grant_id, id, name) holding an id or a name → ok (also for a closed grant:
     * values status says so) / none.
     */
    public Result grantDetails(Context context) {
        ActionSlots slots = new ActionSlots(context);
        Optional<String> reference = slots.text("grant", "grant_id", "id", "name");
        Optional<Grant> found = reference.flatMap(repository::findGrant)
                .or(() -> reference.flatMap(search::grantNamed));
        if (found.isEmpty()) {
            return new Result(NONE, Map.of("text", "お探しの補助金が見つかりませんでした。"), List.of());
        }
        Grant grant = found.get();
        LocalDate today = today(context);
        GrantStatus status = grant.statusOn(today);
        String text = "【" + grant.name() + "】\n"
                + windowText(grant, today) + "\n"
                + "締め切り：" + DisplayText.day(grant.deadline()) + "\n"
                + "金額：" + grant.amount() + "\n"
                + "対象：" + String.join("、", grant.eligibleGroups()) + "\n"
                + "必要書類：" + String.join("、", grant.requiredDocuments()) + "\n"
                + "問い合わせ：" + grant.contact() + "\n\n"
                + grant.purpose()
                + (grant.sample() ? "\n\n※デモ用のサンプルデータです。" : "");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("grant", grant.id());
        values.put("grant_name", grant.name());
        values.put("status", status.label());
        values.put("deadline", DisplayText.day(grant.deadline()));
        values.put("days_left", String.valueOf(grant.daysUntilDeadline(today)));
        values.put("amount", grant.amount());
        values.put("grant_contact", grant.contact());
        values.put("url", grant.url() == null ? "" : grant.url());
        values.put("text", text);
        List<Reply.Part> parts = new ArrayList<>();
        parts.add(grant.url() == null || grant.url().isBlank() ? new Reply.Text(text)
                : new Reply.Choices(text, List.of(new Choice("詳しく見る", new Reply.Action.Open(grant.url())))));
        return new Result(OK, values, parts);
    }

    private static String windowText(Grant grant, LocalDate today) {
        return switch (grant.statusOn(today)) {
            case OPEN -> "受付中・" + daysLeft(grant, today);
            case UPCOMING -> "受付前・" + DisplayText.day(grant.applicationOpens()) + "から受付";
            case CLOSED -> "受付は終了しました";
        };
    }

    private static String daysLeft(Grant grant, LocalDate today) {
        long days = grant.daysUntilDeadline(today);
        return days == 0 ? "本日締め切り" : "締め切りまであと" + days + "日";
    }

    /**
     * facility.search: slots district (中央 = 中央東 and 中央西), kind (e.g. 公民館), keywords (e.g. 会議室) → ok / none;
     * with slot facility (an id) it shows that facility instead, like facility.detail.
     */
    public Result searchFacilities(Context context) {
        ActionSlots slots = new ActionSlots(context);
        if (slots.text("facility").isPresent()) {
            return facilityDetails(context);
        }
        List<Facility> found = search.facilities(slots.districtArea("district"), slots.text("kind", "facility_kind"),
                slots.text("keywords").orElse(""));
        if (found.isEmpty()) {
            return new Result(NONE, Map.of("count", "0", "text", "条件に合う施設は見つかりませんでした。"), List.of());
        }
        List<Card> cards = found.stream().limit(MAX_CARDS).map(f -> new Card(DisplayText.cut(f.name(), CARD_TITLE),
                DisplayText.cut(f.kind() + "・" + f.district() + "\n" + f.hours(), CARD_TEXT),
                List.of(Choice.postback("詳細", PostbackData.forSlot("facility-detail", "facility", f.id()))))).toList();
        return new Result(OK, Map.of("count", String.valueOf(found.size()),
                "text", found.size() + "件の施設が見つかりました。"),
                List.of(new Reply.Cards("施設が" + found.size() + "件見つかりました", cards)));
    }

    /** facility.detail: slot facility (or facility_id, id) holding an id or a name → ok / none, as a message. */
    public Result facilityDetails(Context context) {
        Optional<Facility> found = new ActionSlots(context).text("facility", "facility_id", "id")
                .flatMap(id -> repository.findFacility(id).or(() -> search.facilityNamed(id)));
        if (found.isEmpty()) {
            String text = "お探しの施設が見つかりませんでした。";
            return new Result(NONE, Map.of("text", text), List.of(new Reply.Text(text)));
        }
        Facility facility = found.get();
        String text = "【" + facility.name() + "】\n"
                + facility.kind() + "（" + facility.district() + "）\n"
                + "住所：" + facility.address() + "\n"
                + "開館：" + facility.hours() + "\n"
                + "部屋：" + String.join("、", facility.rooms()) + "\n"
                + "設備：" + String.join("、", facility.equipment()) + "\n"
                + "予約：" + facility.bookingMethod() + "\n"
                + "電話：" + facility.phone()
                + (facility.sample() ? "\n\n※デモ用のサンプルデータです。" : "");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("facility", facility.id());
        values.put("facility_name", facility.name());
        values.put("address", facility.address());
        values.put("hours", facility.hours());
        values.put("booking", facility.bookingMethod());
        values.put("phone", facility.phone());
        values.put("text", text);
        return new Result(OK, values, List.of(new Reply.Text(text)));
    }

    /** Starts the sign-up flow for the opportunity (what the 申し込む buttons send). */
    public static String signUpData(Opportunity opportunity) {
        return PostbackData.forIntent("volunteer.signup", Map.of("opportunity", opportunity.id()));
    }

    /** Opens the opportunity's details (flow opportunity-detail). */
    public static String detailData(Opportunity opportunity) {
        return PostbackData.forSlot("opportunity-detail", "opportunity", opportunity.id());
    }

    private static LocalDate today(Context context) {
        return context.at().withZoneSameInstant(CatalogSearch.TOKYO).toLocalDate();
    }
}
