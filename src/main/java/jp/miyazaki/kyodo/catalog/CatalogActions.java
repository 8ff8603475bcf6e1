package jp.miyazaki.kyodo.catalog;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Reply.Card;
import jp.miyazaki.kyodo.dialog.Reply.Choice;
import jp.miyazaki.kyodo.nlu.DateRange;

/**
 * The catalog's dialog actions: searching opportunities, grants and facilities, their details, and finding an
 * opportunity or grant by a half-remembered name. Card and button texts respect LINE's carousel limits.
 */
public class CatalogActions {

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
        OpportunityQuery query = new OpportunityQuery(slots.category("category"), slots.district("district"),
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
        return new Result("found", Map.of("count", String.valueOf(found.size()), "text", summary),
                List.of(new Reply.Cards("活動が" + found.size() + "件見つかりました", cards)));
    }

    private Result noOpportunities(OpportunityQuery query, ZonedDateTime now) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("count", "0");
        StringBuilder text = new StringBuilder("条件に合う活動が見つかりませんでした。");
        if (query.district().isPresent()) {
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
        return new Result("none", values, List.of());
    }

    private Card card(Opportunity opportunity) {
        int left = availability.spacesLeft(opportunity);
        String spaces = left > 0 ? "残り" + left + "名" : "満員（キャンセル待ちできます）";
        String body = DisplayText.shortWhen(opportunity) + "\n"
                + DisplayText.cut(opportunity.place(), CARD_TEXT - 16 - spaces.length()) + "\n" + spaces;
        return new Card(DisplayText.cut(opportunity.title(), CARD_TITLE), DisplayText.cut(body, CARD_TEXT),
                List.of(Choice.postback("詳細", "action=detail&id=" + opportunity.id()),
                        Choice.postback("申し込む", "action=signup&id=" + opportunity.id())));
    }

    /** catalog.opportunity: slot id (or opportunity_id) → found / not_found. */
    public Result opportunityDetails(Context context) {
        Optional<Opportunity> found = new ActionSlots(context).text("id", "opportunity_id")
                .flatMap(repository::findOpportunity);
        if (found.isEmpty()) {
            return new Result("not_found", Map.of("text", "お探しの活動が見つかりませんでした。"), List.of());
        }
        Opportunity opportunity = found.get();
        Map<String, String> values = opportunityValues(opportunity);
        String text = "【" + opportunity.title() + "】\n"
                + opportunity.kind().label() + "・" + opportunity.category().label() + "\n"
                + "日時：" + DisplayText.when(opportunity) + "\n"
                + "場所：" + opportunity.place() + "（" + opportunity.district() + "）\n"
                + "定員：" + opportunity.capacity() + "名（" + spacesText(opportunity) + "）\n"
                + "主催：" + opportunity.organiser() + "\n"
                + "連絡先：" + opportunity.contact() + "\n\n"
                + opportunity.description()
                + (opportunity.sample() ? "\n\n※デモ用のサンプルデータです。" : "");
        values.put("text", text);
        return new Result("found", values, List.of(new Reply.Choices(text,
                List.of(Choice.postback("申し込む", "action=signup&id=" + opportunity.id())))));
    }

    /** The values every opportunity-related answer offers to reply templates. */
    public Map<String, String> opportunityValues(Opportunity opportunity) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", opportunity.id());
        values.put("title", opportunity.title());
        values.put("kind", opportunity.kind().label());
        values.put("category", opportunity.category().label());
        values.put("date", DisplayText.when(opportunity));
        values.put("place", opportunity.place());
        values.put("district", opportunity.district());
        values.put("capacity", String.valueOf(opportunity.capacity()));
        values.put("spaces_left", String.valueOf(availability.spacesLeft(opportunity)));
        values.put("organiser", opportunity.organiser());
        values.put("contact", opportunity.contact());
        return values;
    }

    private String spacesText(Opportunity opportunity) {
        int left = availability.spacesLeft(opportunity);
        return left > 0 ? "残り" + left + "名" : "満員・キャンセル待ち受付中";
    }

    /** catalog.find: slot name (or title) → found (id, title, date) / ambiguous (candidates) / none. */
    public Result findOpportunity(Context context) {
        Optional<String> name = new ActionSlots(context).text("name", "title");
        List<NameMatcher.Scored<Opportunity>> ranked = name.map(n -> search.opportunitiesNamed(n, context.at()))
                .orElse(List.of());
        if (ranked.isEmpty()) {
            return new Result("none", Map.of("text", "そのお名前の活動は見つかりませんでした。"), List.of());
        }
        boolean clear = ranked.size() == 1 || ranked.get(0).similarity() - ranked.get(1).similarity() >= 0.1;
        if (clear) {
            Opportunity best = ranked.get(0).item();
            Map<String, String> values = opportunityValues(best);
            values.put("opportunity_id", best.id());
            values.put("text", "「" + best.title() + "」（" + DisplayText.when(best) + "）ですね。");
            return new Result("found", values, List.of());
        }
        List<Choice> choices = ranked.stream().limit(MAX_CANDIDATES)
                .map(s -> Choice.postback(DisplayText.cut(s.item().title(), LABEL), "action=signup&id=" + s.item().id()))
                .toList();
        String text = "どの活動でしょうか。";
        return new Result("ambiguous", Map.of("count", String.valueOf(choices.size()), "text", text),
                List.of(new Reply.Choices(text, choices)));
    }

    /** grant.search: slots category, keywords (purpose) → found / none. Open grants first, closed ones last. */
    public Result searchGrants(Context context) {
        ActionSlots slots = new ActionSlots(context);
        LocalDate today = today(context);
        List<Grant> found = search.grants(slots.category("category"), slots.text("keywords", "purpose").orElse(""),
                today);
        if (found.isEmpty()) {
            return new Result("none", Map.of("count", "0", "text", "条件に合う補助金は見つかりませんでした。"), List.of());
        }
        List<Card> cards = found.stream().limit(MAX_CARDS).map(g -> new Card(DisplayText.cut(g.name(), CARD_TITLE),
                DisplayText.cut(windowText(g, today) + "\n" + g.amount(), CARD_TEXT),
                List.of(Choice.postback("詳細", "action=grant&id=" + g.id())))).toList();
        long open = found.stream().filter(g -> g.statusOn(today) == GrantStatus.OPEN).count();
        return new Result("found", Map.of("count", String.valueOf(found.size()), "open_count", String.valueOf(open),
                "text", found.size() + "件の補助金が見つかりました（受付中" + open + "件）。"),
                List.of(new Reply.Cards("補助金が" + found.size() + "件見つかりました", cards)));
    }

    /** grant.deadlines: optional slot category → found / none; grants still open, nearest deadline first. */
    public Result grantDeadlines(Context context) {
        LocalDate today = today(context);
        Optional<Category> category = new ActionSlots(context).category("category");
        List<Grant> open = search.grantDeadlines(today).stream()
                .filter(g -> category.isEmpty() || g.categories().contains(category.get())).toList();
        if (open.isEmpty()) {
            return new Result("none", Map.of("count", "0", "text", "いま申請できる補助金はありません。"), List.of());
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
        return new Result("found", values, List.of(new Reply.Text(text.toString())));
    }

    /** grant.detail: slot grant_id (or id) or name → found / not_found. */
    public Result grantDetails(Context context) {
        ActionSlots slots = new ActionSlots(context);
        Optional<Grant> found = slots.text("grant_id", "id").flatMap(repository::findGrant)
                .or(() -> slots.text("name").flatMap(search::grantNamed));
        if (found.isEmpty()) {
            return new Result("not_found", Map.of("text", "お探しの補助金が見つかりませんでした。"), List.of());
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
        values.put("id", grant.id());
        values.put("name", grant.name());
        values.put("status", status.label());
        values.put("deadline", DisplayText.day(grant.deadline()));
        values.put("days_left", String.valueOf(grant.daysUntilDeadline(today)));
        values.put("amount", grant.amount());
        values.put("contact", grant.contact());
        values.put("url", grant.url() == null ? "" : grant.url());
        values.put("text", text);
        List<Reply.Part> parts = new ArrayList<>();
        parts.add(grant.url() == null || grant.url().isBlank() ? new Reply.Text(text)
                : new Reply.Choices(text, List.of(new Choice("詳しく見る", new Reply.Action.Open(grant.url())))));
        return new Result(status == GrantStatus.CLOSED ? "closed" : "found", values, parts);
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

    /** facility.search: slots district, kind (e.g. 公民館), keywords (e.g. 会議室) → found / none. */
    public Result searchFacilities(Context context) {
        ActionSlots slots = new ActionSlots(context);
        List<Facility> found = search.facilities(slots.district("district"), slots.text("kind", "facility_kind"),
                slots.text("keywords").orElse(""));
        if (found.isEmpty()) {
            return new Result("none", Map.of("count", "0", "text", "条件に合う施設は見つかりませんでした。"), List.of());
        }
        List<Card> cards = found.stream().limit(MAX_CARDS).map(f -> new Card(DisplayText.cut(f.name(), CARD_TITLE),
                DisplayText.cut(f.kind() + "・" + f.district() + "\n" + f.hours(), CARD_TEXT),
                List.of(Choice.postback("詳細", "action=facility&id=" + f.id())))).toList();
        return new Result("found", Map.of("count", String.valueOf(found.size()),
                "text", found.size() + "件の施設が見つかりました。"),
                List.of(new Reply.Cards("施設が" + found.size() + "件見つかりました", cards)));
    }

    /** facility.detail: slot facility_id (or id) → found / not_found. */
    public Result facilityDetails(Context context) {
        Optional<Facility> found = new ActionSlots(context).text("facility_id", "id")
                .flatMap(repository::findFacility);
        if (found.isEmpty()) {
            return new Result("not_found", Map.of("text", "お探しの施設が見つかりませんでした。"), List.of());
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
        values.put("id", facility.id());
        values.put("name", facility.name());
        values.put("address", facility.address());
        values.put("hours", facility.hours());
        values.put("booking", facility.bookingMethod());
        values.put("phone", facility.phone());
        values.put("text", text);
        return new Result("found", values, List.of(new Reply.Text(text)));
    }

    private static LocalDate today(Context context) {
        return context.at().withZoneSameInstant(CatalogSearch.TOKYO).toLocalDate();
    }
}
