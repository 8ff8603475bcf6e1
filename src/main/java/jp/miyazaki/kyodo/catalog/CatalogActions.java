package jp.miyazaki.kyodo.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;
import jp.miyazaki.kyodo.dialog.FlowAction;
import jp.miyazaki.kyodo.dialog.Reply.Card;
import jp.miyazaki.kyodo.dialog.Reply.Choice;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.dialog.flow.Flow;
import jp.miyazaki.kyodo.dialog.flow.PostbackData.SlotTarget;
import jp.miyazaki.kyodo.dialog.flow.PostbackData;
import jp.miyazaki.kyodo.nlu.DateRange;
import jp.miyazaki.kyodo.nlu.MessageScript;
import jp.miyazaki.kyodo.nlu.SearchWords;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.shared.LineLimits;

/**
 * The catalog's dialog actions: searching opportunities, grants and facilities, their details, and finding an
 * opportunity or grant by a half-remembered name. Card and button texts respect LINE's carousel limits.
 */
public class CatalogActions {

    /** The outcome of an answer found; flows branch on it. */
    public static final String OK = "ok";
    /** The outcome of nothing found. */
    public static final String NONE = "none";
    static final String UNNAMED = "unnamed";

    /** Opens a grant's details (flow grant-detail); group buttons send it too. */
    public static final SlotTarget GRANT_DETAIL = PostbackData.slotTarget("grant-detail", "grant");
    private static final SlotTarget FACILITY_DETAIL = PostbackData.slotTarget("facility-detail", "facility");
    private static final SlotTarget OPPORTUNITY_DETAIL = PostbackData.slotTarget("opportunity-detail", "opportunity");
    /** Sends a facility's or an activity's place as a LINE location message (flow place-map). */
    private static final SlotTarget PLACE_MAP = PostbackData.slotTarget("place-map", "place");
    /** Where a map link opens: Google Maps' search URL, which every phone opens in its maps app or browser. */
    private static final String MAP_SEARCH = "https://www.google.com/maps/search/?api=1&query=";
    /** How far 「近く」 reaches: across Miyazaki City from its middle, not to the next city's facilities. */
    static final double NEARBY_RADIUS_METRES = 20_000;
    /** How many facilities and how many activities a nearby answer shows. */
    static final int NEARBY_EACH = 5;
    static final int MAX_CARDS = LineLimits.CAROUSEL_BUBBLES;
    private static final List<String> CRITERIA = List.of("category", "district", "date", "date_from", "date_to",
            "kind", "keywords");
    static final int CARD_TITLE = 40;
    static final int CARD_TEXT = 60;
    static final int LABEL = LineLimits.ACTION_LABEL_LENGTH;
    private static final int MAX_DEADLINES = 8;
    private static final int MAX_CANDIDATES = 4;
    /** How many attributes a card names, and how many unmatched words a search names. */
    private static final int MAX_MARKS = 3;
    private static final int MAX_MISSING_WORDS = 2;

    private final CatalogRepository repository;
    private final CatalogSearch search;
    private final Availability availability;
    private final Wording messages;
    private final Function<String, SearchWords> searchWords;

    /** {@code searchWords} reads the needs and keywords of a search message (the language understanding's). */
    public CatalogActions(CatalogRepository repository, CatalogSearch search, Availability availability,
            Wording wording, Function<String, SearchWords> searchWords) {
        this.repository = repository;
        this.search = search;
        this.availability = availability;
        this.messages = wording;
        this.searchWords = searchWords;
    }

    /**
     * catalog.criteria: whether the citizen gave anything to search by (category, district, date, kind or
     * keywords, "any" included) → given / none; a search with something given runs at once.
     */
    public static Result criteria(Context context) {
        boolean given = CRITERIA.stream().map(context.slots()::get).anyMatch(value -> value != null && !value.isBlank());
        return new Result(given ? "given" : NONE, Map.of(), List.of());
    }

    /**
     * catalog.criteria as the app runs it: also given when the message that asked (slot request) names a need
     * (「車いすで行けるところ」) or words some upcoming activity holds (「高齢の方のお役に立てる活動」), so what was said
     * is searched at once; words that find nothing still leave the one question to ask.
     */
    @FlowAction(name = "catalog.criteria", outcomes = {"given", "none"})
    public Result criteriaSaid(Context context) {
        Result conditions = criteria(context);
        if (!NONE.equals(conditions.outcome())) {
            return conditions;
        }
        SearchWords asked = new ActionSlots(context).text("request").map(searchWords).orElse(SearchWords.NONE);
        return searchable(asked, context.at()) ? new Result("given", Map.of(), List.of()) : conditions;
    }

    /** Whether {@code words} name a need, or words some upcoming activity holds. */
    private boolean searchable(SearchWords words, ZonedDateTime now) {
        return !needs(words).isEmpty() || !words.keywords().isEmpty()
                && search.anyOpportunityWith(String.join(" ", words.keywords()), now);
    }

    /**
     * catalog.refine: slot message (a message the understanding could not place, typed right after the results:
     * 「スマホの使い方」) → given when it names a need or words some upcoming activity holds (values keywords, its
     * words, and request, the asking message and this one, so its needs count too) / none.
     */
    @FlowAction(name = "catalog.refine", outcomes = {"given", "none"})
    public Result refine(Context context) {
        ActionSlots slots = new ActionSlots(context);
        String refinement = slots.text(Flow.REFINEMENT).orElse("");
        SearchWords words = searchWords.apply(refinement);
        if (!searchable(words, context.at())) {
            return new Result(NONE, Map.of(), List.of());
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (!words.keywords().isEmpty()) {
            values.put("keywords", String.join(" ", words.keywords()));
        }
        values.put("request", slots.text("request").map(asked -> asked + "\n" + refinement).orElse(refinement));
        return new Result("given", values, List.of());
    }

    /**
     * catalog.search: slots category, district, date_from, date_to (or date = from/to), kind, keywords, and request
     * (the message that asked, read for needs such as 車いす and for keywords when slot keywords is not given).
     * Opportunities that meet the needs come first. When the keywords match nothing, or no result meets a need, the
     * answer says so first and offers the nearest others as such.
     */
    @FlowAction(name = "catalog.search", outcomes = {"ok", "none"})
    public Result searchOpportunities(Context context) {
        Wording wording = messages.in(context.language());
        ActionSlots slots = new ActionSlots(context);
        SearchWords asked = slots.text("request").map(searchWords).orElse(SearchWords.NONE);
        List<String> keywords = slots.text("keywords").map(List::of).orElse(englishKept(slots, asked, context));
        OpportunityQuery query = new OpportunityQuery(slots.category("category"), slots.districtArea("district"),
                slots.date("date_from").or(() -> slots.range("date").map(DateRange::from)),
                slots.date("date_to").or(() -> slots.range("date").map(DateRange::to)),
                slots.text("kind").flatMap(OpportunityKind::parse),
                String.join(" ", keywords), needs(asked));
        List<OpportunityMatch> found = search.opportunities(query, context.at());
        List<String> missing = new ArrayList<>();
        if (found.isEmpty() && !keywords.isEmpty()) {
            found = search.opportunities(query.withKeywords(""), context.at());
            keywords.stream().limit(MAX_MISSING_WORDS).forEach(missing::add);
        }
        if (found.isEmpty()) {
            return noOpportunities(wording, query, context.at(), context.language());
        }
        if (!query.needs().isEmpty() && found.stream().allMatch(m -> CatalogSearch.needsMet(m.opportunity(), query) == 0)) {
            ordered(query.needs()).forEach(need -> missing.add(mark(wording, need)));
        }
        List<Card> cards = found.stream().limit(MAX_CARDS).map(m -> card(wording, m.opportunity(), query.needs()))
                .toList();
        Map<String, Object> counts = Map.of("count", found.size(), "shown", MAX_CARDS);
        String summary = found.size() > MAX_CARDS ? wording.text("catalog.found-nearest", counts)
                : wording.text("catalog.found", counts);
        List<Reply.Part> parts = new ArrayList<>();
        String altText = wording.text("catalog.found-alt", counts);
        if (!missing.isEmpty()) {
            String said = wording.text("catalog.not-found-nearest", Map.of("what",
                    String.join(wording.text("common.separator"), missing)));
            parts.add(new Reply.Text(said));
            summary = said;
            altText = wording.text("catalog.nearest-alt", counts);
        }
        parts.add(new Reply.Cards(altText, cards));
        return new Result(OK, Map.of("count", String.valueOf(found.size()), "text", summary), parts);
    }

    /**
     * The keywords of the asking message; of an English one only the words some upcoming activity's translation
     * holds: most activities have no English text, so an English word that finds nothing says nothing of them.
     */
    private List<String> englishKept(ActionSlots slots, SearchWords asked, Context context) {
        if (!slots.text("request").map(MessageScript::isLatin).orElse(false)) {
            return asked.keywords();
        }
        return asked.keywords().stream().filter(word -> search.anyOpportunityWith(word, context.at())).toList();
    }

    /** The attributes meant by the need ids the understanding found (entities.yml names them by attribute id). */
    private static Set<OpportunityAttribute> needs(SearchWords asked) {
        return asked.needs().stream().map(OpportunityAttribute::parse).flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }

    private static List<OpportunityAttribute> ordered(Set<OpportunityAttribute> attributes) {
        return attributes.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(attributes));
    }

    /**
     * None found: {@code text} says for what (「中央・12月5日(土)・ボランティアの活動は見つかりませんでした。」), so the
     * citizen sees which conditions were used, and how many a wider search would find.
     */
    private Result noOpportunities(Wording wording, OpportunityQuery query, ZonedDateTime now, String language) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("count", "0");
        String conditions = conditions(wording, query, language);
        StringBuilder text = new StringBuilder(conditions.isEmpty() ? wording.text(language, "catalog.none", Map.of())
                : wording.text(language, "catalog.none-for", Map.of("conditions", conditions)));
        if (!query.districts().isEmpty()) {
            int wider = search.opportunities(query.withDistrict(null), now).size();
            values.put("wider_district_count", String.valueOf(wider));
            if (wider > 0) {
                text.append("\n").append(wording.text(language, "catalog.none-wider-district", Map.of("count", wider)));
            }
        }
        if (query.from().isPresent() || query.to().isPresent()) {
            int wider = search.opportunities(query.withDates(null, null), now).size();
            values.put("wider_dates_count", String.valueOf(wider));
            if (wider > 0) {
                text.append("\n").append(wording.text(language, "catalog.none-wider-dates", Map.of("count", wider)));
            }
        }
        values.put("text", text.toString());
        return new Result(NONE, values, List.of());
    }

    /** 「中央・12月5日(土)・福祉・ボランティア・手話」: what a search asked for, in the order a citizen says it. */
    private String conditions(Wording wording, OpportunityQuery query, String language) {
        String dot = wording.text(language, "common.dot-separator", Map.of());
        List<String> parts = new ArrayList<>();
        if (!query.districts().isEmpty()) {
            parts.add(query.districts().equals(District.area(District.CITY_CENTRE)) ? District.CITY_CENTRE
                    : String.join(dot, query.districts()));
        }
        Optional<LocalDate> from = query.from();
        Optional<LocalDate> to = query.to();
        if (from.isPresent() && to.isPresent() && from.get().equals(to.get())) {
            parts.add(DisplayText.day(wording, from.get()));
        } else if (from.isPresent() || to.isPresent()) {
            parts.add(from.map(day -> DisplayText.day(wording, day)).orElse("") + "〜"
                    + to.map(day -> DisplayText.day(wording, day)).orElse(""));
        }
        query.category().ifPresent(category -> parts.add(category.label(wording.language())));
        query.kind().ifPresent(kind -> parts.add(kind.label(wording.language())));
        if (!query.keywords().isBlank()) {
            parts.add(query.keywords());
        }
        // 「子どもと行ける」 was heard too, though needs only order what is found.
        ordered(query.needs()).forEach(need -> parts.add(mark(wording, need)));
        return String.join(dot, parts);
    }

    Card card(Opportunity opportunity) {
        return card(messages, opportunity, Set.of());
    }

    /** A card; its attributes are named under the date, those the citizen asked for first. */
    private Card card(Wording wording, Opportunity opportunity, Set<OpportunityAttribute> asked) {
        int left = availability.spacesLeft(opportunity);
        String spaces = left > 0 ? wording.text("catalog.spaces-left", Map.of("left", left))
                : wording.text("catalog.card-full");
        String marks = marks(wording, opportunity, asked);
        String body = DisplayText.shortWhen(wording, opportunity) + "\n" + line("", marks)
                + line("", DisplayText.cut(place(wording, opportunity), CARD_TEXT - 16 - spaces.length()
                        - (marks.isEmpty() ? 0 : marks.length() + 1))) + spaces;
        // English marks and counts are longer than the Japanese ones the layout was made for.
        return opportunityCard(wording, opportunity, DisplayText.cut(body, CARD_TEXT));
    }

    private Card opportunityCard(Wording wording, Opportunity opportunity, String body) {
        List<Choice> buttons = new ArrayList<>(List.of(
                Choice.postback(wording.text("catalog.button-detail"), detailData(opportunity)),
                Choice.postback(wording.text("catalog.button-sign-up"), signUpData(opportunity))));
        mapButton(wording, opportunity.location()).ifPresent(buttons::add);
        return new Card(cardTitle(wording, opportunity.translations(), opportunity.title()),
                DisplayText.cut(body, CARD_TEXT), buttons);
    }

    /** A 地図 button that opens the position in a map, when the item has one. */
    private Optional<Choice> mapButton(Wording wording, GeoPoint position) {
        return Optional.ofNullable(position).map(point -> new Choice(wording.text("catalog.button-map"),
                new Reply.Action.Open(mapLink(point))));
    }

    /** The map search for {@code point}, its query percent-encoded ({@code 32.0286%2C131.4265}). */
    static String mapLink(GeoPoint point) {
        return MAP_SEARCH + URLEncoder.encode(point.text(), StandardCharsets.UTF_8);
    }

    /**
     * catalog.nearby: slot location ({@code latitude,longitude}, from a shared location) and optional looking_for
     * ({@code facilities}, {@code activities}: which comes first) → ok with the nearest facilities and upcoming
     * activities, each with its distance, nearest first / none when nothing is near (or no location was given).
     */
    @FlowAction(name = "catalog.nearby", outcomes = {"ok", "none"})
    public Result nearby(Context context) {
        Wording wording = messages.in(context.language());
        ActionSlots slots = new ActionSlots(context);
        Optional<GeoPoint> here = slots.text("location").flatMap(GeoPoint::parse);
        if (here.isEmpty()) {
            String text = wording.text("catalog.nearby-none");
            return new Result(NONE, Map.of("count", "0", "text", text), List.of());
        }
        List<Nearby<Facility>> facilities = search.facilitiesNear(here.get(), NEARBY_RADIUS_METRES, NEARBY_EACH);
        List<Nearby<Opportunity>> opportunities = search.opportunitiesNear(here.get(), context.at(),
                NEARBY_RADIUS_METRES, NEARBY_EACH);
        if (facilities.isEmpty() && opportunities.isEmpty()) {
            String text = wording.text("catalog.nearby-none");
            return new Result(NONE, Map.of("count", "0", "text", text), List.of());
        }
        String text = wording.text("catalog.nearby-found", Map.of("facilities", facilities.size(),
                "activities", opportunities.size()));
        List<Reply.Part> parts = new ArrayList<>();
        parts.add(new Reply.Text(text));
        Reply.Part facilityCards = new Reply.Cards(wording.text("catalog.nearby-facilities-alt",
                Map.of("count", facilities.size())), facilities.stream()
                .map(near -> nearbyCard(wording, near)).toList());
        Reply.Part activityCards = new Reply.Cards(wording.text("catalog.nearby-activities-alt",
                Map.of("count", opportunities.size())), opportunities.stream()
                .map(near -> nearbyCard(wording, near)).toList());
        boolean activitiesFirst = "activities".equals(slots.text("looking_for").orElse(""));
        if (activitiesFirst && !opportunities.isEmpty() || facilities.isEmpty()) {
            parts.add(activityCards);
            if (!facilities.isEmpty()) {
                parts.add(facilityCards);
            }
        } else {
            parts.add(facilityCards);
            if (!opportunities.isEmpty()) {
                parts.add(activityCards);
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("count", String.valueOf(facilities.size() + opportunities.size()));
        values.put("text", text);
        if (!facilities.isEmpty()) {
            values.put("nearest_facility", name(wording, facilities.get(0).item()));
            values.put("nearest_facility_distance", distance(wording, facilities.get(0).metres()));
        }
        return new Result(OK, values, parts);
    }

    private Card nearbyCard(Wording wording, Nearby<?> near) {
        if (near.item() instanceof Facility facility) {
            String body = wording.text("catalog.nearby-facility-card", Map.of("distance",
                    distance(wording, near.metres()),
                    "kind_in_district", kindInDistrict(facility,
                            values -> wording.text("catalog.facility-card-kind-in-district", values)),
                    "hours", Objects.toString(facility.hours(), "")));
            return facilityCard(wording, facility, body);
        }
        Opportunity opportunity = (Opportunity) near.item();
        String body = wording.text("catalog.nearby-activity-card", Map.of("distance", distance(wording, near.metres()),
                "when", DisplayText.shortWhen(wording, opportunity), "place", place(wording, opportunity)));
        return opportunityCard(wording, opportunity, body);
    }

    /** 「850m」 under a kilometre (to 10 m), 「1.2km」 under ten, 「12km」 beyond, as the messages write them. */
    String distance(double metres) {
        return distance(messages, metres);
    }

    private static String distance(Wording wording, double metres) {
        if (metres < 1000) {
            return wording.text("catalog.distance-m", Map.of("metres", Math.max(10, Math.round(metres / 10) * 10)));
        }
        double km = metres / 1000;
        String shown = km < 10 ? String.format(Locale.ROOT, "%.1f", km) : String.valueOf(Math.round(km));
        return wording.text("catalog.distance-km", Map.of("km", shown));
    }

    /**
     * catalog.place: slot place (a facility's or an activity's id) → ok with its place as a LINE location message
     * / none when it has no position (or is gone).
     */
    @FlowAction(name = "catalog.place", outcomes = {"ok", "none"})
    public Result place(Context context) {
        Wording wording = messages.in(context.language());
        Optional<String> id = new ActionSlots(context).text("place");
        Optional<Reply.Place> place = id.flatMap(repository::findFacility).filter(f -> f.location() != null)
                .map(f -> new Reply.Place(f.name(), address(f.address(), f.name()), f.location().latitude(),
                        f.location().longitude()))
                .or(() -> id.flatMap(repository::findOpportunity).filter(o -> o.location() != null)
                        .map(o -> new Reply.Place(Objects.requireNonNullElse(o.place(), o.title()),
                                address(o.address(), Objects.requireNonNullElse(o.place(), o.title())),
                                o.location().latitude(), o.location().longitude())));
        if (place.isEmpty()) {
            String text = wording.text("catalog.place-none");
            return new Result(NONE, Map.of("text", text), List.of(new Reply.Text(text)));
        }
        return new Result(OK, Map.of(), List.of(place.get()));
    }

    private static String address(String address, String otherwise) {
        return address == null || address.isBlank() ? otherwise : address;
    }

    /** The button that sends the item's place as a location message, when it has a position. */
    private Optional<Choice> placeButton(Wording wording, String id, GeoPoint position) {
        return Optional.ofNullable(position).map(point -> Choice.postback(wording.text("catalog.button-send-place"),
                PLACE_MAP.data(id)));
    }

    /** The opportunity's attributes as short labels, the asked ones first, at most {@link #MAX_MARKS}. */
    private String marks(Wording wording, Opportunity opportunity, Set<OpportunityAttribute> asked) {
        return ordered(opportunity.attributes()).stream()
                .sorted(Comparator.comparing((OpportunityAttribute a) -> !asked.contains(a)))
                .limit(MAX_MARKS).map(attribute -> mark(wording, attribute))
                .collect(Collectors.joining(wording.text("catalog.mark-separator")));
    }

    /** The short label of an attribute, as cards show it. */
    private String mark(Wording wording, OpportunityAttribute attribute) {
        return switch (attribute) {
            case CHILDREN_WELCOME -> wording.text("catalog.mark-children-welcome");
            case BEGINNERS -> wording.text("catalog.mark-beginners");
            case LIGHT_WORK -> wording.text("catalog.mark-light-work");
            case WHEELCHAIR -> wording.text("catalog.mark-wheelchair");
            case INDOORS -> wording.text("catalog.mark-indoors");
            case ONLINE -> wording.text("catalog.mark-online");
        };
    }

    /**
     * catalog.opportunity: slot opportunity (or opportunity_id, id) holding an id or a name such as
     * 「青島のビーチクリーンに申し込みたい」 → ok / none (unknown or already started). With slot view = details the
     * details come as a message with a 申し込む button. A request that names no activity at all, only what kind
     * (「こうざに もうしこみたいけど どれがいいかわからん」), answers unnamed: the flow helps to choose rather than say
     * that activity was not found.
     */
    @FlowAction(name = "catalog.opportunity", outcomes = {"ok", "none", "unnamed"})
    public Result opportunityDetails(Context context) {
        Wording wording = messages.in(context.language());
        ActionSlots slots = new ActionSlots(context);
        Optional<String> reference = slots.text("opportunity", "opportunity_id", "id");
        boolean view = "details".equals(slots.text("view").orElse(""));
        // 「ボランティアに申し込みたい」 names a kind, not the one activity whose title holds the word.
        if (!view && reference.filter(this::namesNoActivity).isPresent()) {
            return new Result(UNNAMED, Map.of(), List.of());
        }
        Optional<Opportunity> found = reference.flatMap(words -> resolve(words, context.at()))
                .filter(o -> o.start().toInstant().isAfter(context.at().toInstant()));
        if (found.isEmpty()) {
            String text = wording.text("catalog.opportunity-none");
            return new Result(NONE, Map.of("text", text), view ? List.of(new Reply.Text(text)) : List.of());
        }
        Opportunity opportunity = found.get();
        Map<String, String> values = opportunityValues(opportunity, context.language());
        Map<String, Object> shown = new HashMap<>(values);
        shown.put("kind", opportunity.kind().label(wording.language()));
        shown.put("category", opportunity.category().label(wording.language()));
        shown.put("where", where(wording, opportunity));
        shown.put("spaces", spacesText(wording, opportunity));
        shown.put("contact", values.get("organiser_contact"));
        shown.put("description", translated(wording, opportunity.translations(), TranslatedText::description,
                opportunity.description()));
        shown.put("attributes", ordered(opportunity.attributes()).stream().map(attribute -> mark(wording, attribute))
                .collect(Collectors.joining(wording.text("catalog.mark-separator"))));
        String details = wording.text("catalog.opportunity-details", shown)
                + japaneseNote(wording, opportunity.translations()) + sampleNote(wording, opportunity.sample());
        values.put("details", details);
        values.put("text", details);
        List<Choice> buttons = new ArrayList<>(List.of(Choice.postback(wording.text("catalog.button-sign-up"),
                signUpData(opportunity))));
        placeButton(wording, opportunity.id(), opportunity.location()).ifPresent(buttons::add);
        List<Reply.Part> parts = view ? List.of(new Reply.Choices(details, buttons)) : List.of();
        return new Result(OK, values, parts);
    }

    /** Whether the words hold nothing to name an activity by: no keyword beyond kinds, topics and request words. */
    private boolean namesNoActivity(String reference) {
        return repository.findOpportunity(reference).isEmpty()
                && searchWords.apply(ActionSlots.itemNamed(reference)).keywords().isEmpty();
    }

    /** An id, or else the upcoming opportunity the words name best. */
    private Optional<Opportunity> resolve(String reference, ZonedDateTime now) {
        Optional<Opportunity> byId = repository.findOpportunity(reference);
        if (byId.isPresent()) {
            return byId;
        }
        return search.opportunitiesNamed(ActionSlots.itemNamed(reference), now).stream().findFirst()
                .map(NameMatcher.Scored::item);
    }

    /**
     * The values every opportunity-related answer offers to reply templates. Values join the flow's slots, so
     * none is named like a slot a flow asks for (category, district, date, contact, name…).
     */
    public Map<String, String> opportunityValues(Opportunity opportunity, String language) {
        Wording wording = messages.in(language);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("opportunity", opportunity.id());
        values.put("title", translated(wording, opportunity.translations(), TranslatedText::title, opportunity.title()));
        values.put("when", DisplayText.when(wording, opportunity));
        values.put("place", place(wording, opportunity));
        values.put("opportunity_kind", opportunity.kind().label(wording.language()));
        values.put("opportunity_category", opportunity.category().label(wording.language()));
        values.put("opportunity_district", Objects.toString(opportunity.district(), ""));
        values.put("capacity", String.valueOf(opportunity.capacity()));
        values.put("spaces_left", String.valueOf(availability.spacesLeft(opportunity)));
        values.put("organiser", translated(wording, opportunity.translations(), TranslatedText::organiser,
                Objects.toString(opportunity.organiser(), "")));
        values.put("organiser_contact", Objects.toString(opportunity.contact(), ""));
        return values;
    }

    /** A labelled line, or nothing when staff left the (optional) field empty. */
    private static String line(String label, String value) {
        return value == null || value.isBlank() ? "" : label + value + "\n";
    }

    /** The place and its district, whichever of the two (both optional) staff gave. */
    private String where(Wording wording, Opportunity opportunity) {
        String place = place(wording, opportunity).strip();
        String district = Objects.toString(opportunity.district(), "").strip();
        return place.isEmpty() || district.isEmpty() ? place + district
                : wording.text("catalog.place-in-district", Map.of("place", place, "district", district));
    }

    private String spacesText(Wording wording, Opportunity opportunity) {
        int left = availability.spacesLeft(opportunity);
        return left > 0 ? wording.text("catalog.spaces-left", Map.of("left", left))
                : wording.text("catalog.details-full");
    }

    /** The place in the reader's language when staff translated it, else as written. */
    private static String place(Wording wording, Opportunity opportunity) {
        return translated(wording, opportunity.translations(), TranslatedText::place,
                Objects.toString(opportunity.place(), ""));
    }

    /** One of an item's texts in the reader's language when staff translated it, else the Japanese. */
    private static String translated(Wording wording, Translations translations,
            Function<TranslatedText, String> field, String japanese) {
        return translations.text(wording.language(), field, japanese);
    }

    /**
     * A card's title in the reader's language; for a reader of a language items are translated into, an
     * untranslated title is the Japanese one marked as such ({@code catalog.in-japanese}).
     */
    private static String cardTitle(Wording wording, Translations translations, String japanese) {
        if (!Translations.offeredIn(wording.language()) || translations.has(wording.language(), TranslatedText::title)) {
            return DisplayText.cut(translated(wording, translations, TranslatedText::title, japanese), CARD_TITLE);
        }
        String note = wording.text("catalog.in-japanese");
        return DisplayText.cut(japanese, CARD_TITLE - note.length() - 1) + " " + note;
    }

    /** Under details shown in Japanese to a reader of a language items are translated into: a note saying so. */
    private static String japaneseNote(Wording wording, Translations translations) {
        return Translations.offeredIn(wording.language())
                && !translations.has(wording.language(), TranslatedText::description)
                ? "\n\n" + wording.text("catalog.japanese-note") : "";
    }

    private String sampleNote(Wording wording, boolean sample) {
        return sample ? "\n\n" + wording.text("catalog.sample-note") : "";
    }

    /** catalog.find: slot name (or title) → ok (opportunity, title, when…) / ambiguous (candidates) / none. */
    @FlowAction(name = "catalog.find", outcomes = {"ok", "ambiguous", "none"})
    public Result findOpportunity(Context context) {
        Wording wording = messages.in(context.language());
        Optional<String> name = new ActionSlots(context).text("name", "title");
        List<NameMatcher.Scored<Opportunity>> ranked = name.map(n -> search.opportunitiesNamed(n, context.at()))
                .orElse(List.of());
        if (ranked.isEmpty()) {
            return new Result(NONE, Map.of("text", wording.text("catalog.find-none")), List.of());
        }
        boolean clear = ranked.size() == 1 || ranked.get(0).similarity() - ranked.get(1).similarity() >= 0.1;
        if (clear) {
            Opportunity best = ranked.get(0).item();
            Map<String, String> values = opportunityValues(best, context.language());
            values.put("opportunity_id", best.id());
            values.put("text", wording.text("catalog.find-clear", values));
            return new Result(OK, values, List.of());
        }
        List<Choice> choices = ranked.stream().limit(MAX_CANDIDATES)
                .map(s -> Choice.postback(DisplayText.cut(translated(wording, s.item().translations(),
                        TranslatedText::title, s.item().title()), LABEL), signUpData(s.item())))
                .toList();
        String text = wording.text("catalog.find-ambiguous");
        return new Result("ambiguous", Map.of("count", String.valueOf(choices.size()), "text", text),
                List.of(new Reply.Choices(text, choices)));
    }

    /**
     * grant.search: slots category, keywords (or purpose) → ok / none, open grants first and closed ones last;
     * with slot grant (an id or a name) it shows that grant instead, like grant.detail.
     */
    @FlowAction(name = "grant.search", outcomes = {"ok", "none"})
    public Result searchGrants(Context context) {
        Wording wording = messages.in(context.language());
        ActionSlots slots = new ActionSlots(context);
        if (slots.text("grant").isPresent()) {
            return grantDetails(context);
        }
        LocalDate today = today(context);
        List<Grant> found = search.grants(slots.category("category"), slots.text("keywords", "purpose").orElse(""),
                today);
        if (found.isEmpty()) {
            return new Result(NONE, Map.of("count", "0", "text", wording.text("catalog.grants-none")), List.of());
        }
        List<Card> cards = found.stream().limit(MAX_CARDS).map(g -> new Card(cardTitle(wording, g.translations(),
                g.name()),
                DisplayText.cut((windowText(wording, g, today) + "\n" + Objects.toString(g.amount(), "")).strip(),
                        CARD_TEXT),
                List.of(Choice.postback(wording.text("catalog.button-detail"), GRANT_DETAIL.data(g.id()))))).toList();
        long open = found.stream().filter(g -> g.statusOn(today) == GrantStatus.OPEN).count();
        return new Result(OK, Map.of("count", String.valueOf(found.size()), "open_count", String.valueOf(open),
                "text", wording.text("catalog.grants-found", Map.of("count", found.size(), "open", open))),
                List.of(new Reply.Cards(wording.text("catalog.grants-found-alt", Map.of("count", found.size())),
                        cards)));
    }

    /**
     * grant.deadlines: optional slot grant (a name, or the citizen's whole question) → named with that grant's
     * deadline when it names one; otherwise optional slot category → ok / none with the grants still open,
     * nearest deadline first.
     */
    @FlowAction(name = "grant.deadlines", outcomes = {"named", "ok", "none"})
    public Result grantDeadlines(Context context) {
        Wording wording = messages.in(context.language());
        LocalDate today = today(context);
        Optional<Grant> named = new ActionSlots(context).text("grant").flatMap(search::grantNamed);
        if (named.isPresent()) {
            return grantDeadline(wording, named.get(), today);
        }
        Optional<Category> category = new ActionSlots(context).category("category");
        List<Grant> open = search.grantDeadlines(today).stream()
                .filter(g -> category.isEmpty() || g.categories().contains(category.get())).toList();
        if (open.isEmpty()) {
            return new Result(NONE, Map.of("count", "0", "text", wording.text("catalog.deadlines-none")), List.of());
        }
        StringBuilder text = new StringBuilder(wording.text("catalog.deadlines"));
        for (Grant grant : open.stream().limit(MAX_DEADLINES).toList()) {
            text.append("\n\n").append(wording.text("catalog.deadline-line", Map.of("name", name(wording, grant),
                    "deadline", DisplayText.day(wording, grant.deadline()), "left", grant.statusOn(today) == GrantStatus.UPCOMING
                            ? wording.text("catalog.deadline-opens", Map.of("day",
                                    DisplayText.day(wording, grant.applicationOpens())))
                            : untilDeadline(wording, grant, today))));
        }
        Grant nearest = open.get(0);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("count", String.valueOf(open.size()));
        values.put("nearest_name", name(wording, nearest));
        values.put("nearest_deadline", DisplayText.day(wording, nearest.deadline()));
        values.put("nearest_days_left", String.valueOf(nearest.daysUntilDeadline(today)));
        values.put("text", text.toString());
        return new Result(OK, values, List.of(new Reply.Text(text.toString())));
    }

    /** 本日まで or あと N 日: the days left until a grant's deadline, as the deadline lists say it. */
    private String untilDeadline(Wording wording, Grant grant, LocalDate today) {
        long days = grant.daysUntilDeadline(today);
        return days == 0 ? wording.text("catalog.deadline-today") : wording.text("catalog.deadline-days",
                Map.of("days", days));
    }

    private Result grantDeadline(Wording wording, Grant grant, LocalDate today) {
        GrantStatus status = grant.statusOn(today);
        String deadline = DisplayText.day(wording, grant.deadline());
        String when = status == GrantStatus.CLOSED
                ? wording.text("catalog.grant-deadline-closed", Map.of("deadline", deadline))
                : status == GrantStatus.UPCOMING ? wording.text("catalog.grant-deadline-upcoming", Map.of(
                        "deadline", deadline, "opens", DisplayText.day(wording, grant.applicationOpens())))
                : wording.text("catalog.grant-deadline-open", Map.of("deadline", deadline,
                        "left", untilDeadline(wording, grant, today)));
        String text = wording.text("catalog.grant-deadline", Map.of("name", name(wording, grant), "when", when));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("count", "1");
        values.put("nearest_name", name(wording, grant));
        values.put("nearest_deadline", DisplayText.day(wording, grant.deadline()));
        values.put("nearest_days_left", String.valueOf(grant.daysUntilDeadline(today)));
        values.put("text", text);
        return new Result("named", values, List.of(new Reply.Text(text)));
    }

    /**
     * grant.detail: slot grant (or grant_id, id, name) holding an id or a name → ok (also for a closed grant:
     * values status says so) / none.
     */
    @FlowAction(name = "grant.detail", outcomes = {"ok", "none"})
    public Result grantDetails(Context context) {
        Wording wording = messages.in(context.language());
        ActionSlots slots = new ActionSlots(context);
        Optional<String> reference = slots.text("grant", "grant_id", "id", "name");
        Optional<Grant> found = reference.flatMap(repository::findGrant)
                .or(() -> reference.flatMap(search::grantNamed));
        if (found.isEmpty()) {
            return new Result(NONE, Map.of("text", wording.text("catalog.grant-none")), List.of());
        }
        Grant grant = found.get();
        LocalDate today = today(context);
        GrantStatus status = grant.statusOn(today);
        String text = wording.text("catalog.grant-details", Map.of("name", name(wording, grant),
                "window", windowText(wording, grant, today), "deadline", DisplayText.day(wording, grant.deadline()),
                "amount", Objects.toString(grant.amount(), ""), "eligible", join(wording, grant.eligibleGroups()),
                "documents", join(wording, grant.requiredDocuments()), "contact", Objects.toString(grant.contact(), ""),
                "purpose", translated(wording, grant.translations(), TranslatedText::description,
                        Objects.toString(grant.purpose(), ""))))
                + japaneseNote(wording, grant.translations()) + sampleNote(wording, grant.sample());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("grant", grant.id());
        values.put("grant_name", name(wording, grant));
        values.put("status", status.label(wording.language()));
        values.put("deadline", DisplayText.day(wording, grant.deadline()));
        values.put("days_left", String.valueOf(grant.daysUntilDeadline(today)));
        values.put("amount", Objects.toString(grant.amount(), ""));
        values.put("grant_contact", Objects.toString(grant.contact(), ""));
        values.put("url", grant.url() == null ? "" : grant.url());
        values.put("text", text);
        List<Reply.Part> parts = new ArrayList<>();
        parts.add(grant.url() == null || grant.url().isBlank() ? new Reply.Text(text)
                : new Reply.Choices(text, List.of(new Choice(wording.text("catalog.button-more"),
                        new Reply.Action.Open(grant.url())))));
        return new Result(OK, values, parts);
    }

    /** A grant's or facility's name in the reader's language when staff translated it. */
    private static String name(Wording wording, CatalogItem<?> item) {
        return translated(wording, item.translations(), TranslatedText::title, item.name());
    }

    private String windowText(Wording wording, Grant grant, LocalDate today) {
        return switch (grant.statusOn(today)) {
            case OPEN -> wording.text("catalog.window-open", Map.of("left", daysLeft(wording, grant, today)));
            case UPCOMING -> wording.text("catalog.window-upcoming", Map.of("opens",
                    DisplayText.day(wording, grant.applicationOpens())));
            case CLOSED -> wording.text("catalog.window-closed");
        };
    }

    private String daysLeft(Wording wording, Grant grant, LocalDate today) {
        long days = grant.daysUntilDeadline(today);
        return days == 0 ? wording.text("catalog.window-deadline-today")
                : wording.text("catalog.window-deadline-days", Map.of("days", days));
    }

    private String join(Wording wording, List<String> names) {
        return String.join(wording.text("common.separator"), names);
    }

    /**
     * facility.search: slots district (中央 = 中央東 and 中央西), kind (e.g. 公民館), keywords (e.g. 会議室) → ok / none;
     * with slot facility (an id) it shows that facility instead, like facility.detail.
     */
    @FlowAction(name = "facility.search", outcomes = {"ok", "none"})
    public Result searchFacilities(Context context) {
        Wording wording = messages.in(context.language());
        ActionSlots slots = new ActionSlots(context);
        if (slots.text("facility").isPresent()) {
            return facilityDetails(context);
        }
        List<Facility> found = search.facilities(slots.districtArea("district"), slots.text("kind", "facility_kind"),
                slots.text("keywords").orElse(""));
        if (found.isEmpty()) {
            return new Result(NONE, Map.of("count", "0", "text", wording.text("catalog.facilities-none")), List.of());
        }
        List<Card> cards = found.stream().limit(MAX_CARDS).map(f -> facilityCard(wording, f,
                wording.text("catalog.facility-card", Map.of("kind_in_district",
                        kindInDistrict(f, values -> wording.text("catalog.facility-card-kind-in-district", values)),
                        "hours", Objects.toString(f.hours(), ""))))).toList();
        return new Result(OK, Map.of("count", String.valueOf(found.size()),
                "text", wording.text("catalog.facilities-found", Map.of("count", found.size()))),
                List.of(new Reply.Cards(wording.text("catalog.facilities-found-alt", Map.of("count", found.size())),
                        cards)));
    }

    private Card facilityCard(Wording wording, Facility facility, String body) {
        List<Choice> buttons = new ArrayList<>(List.of(
                Choice.postback(wording.text("catalog.button-detail"), FACILITY_DETAIL.data(facility.id()))));
        mapButton(wording, facility.location()).ifPresent(buttons::add);
        return new Card(cardTitle(wording, facility.translations(), facility.name()), DisplayText.cut(body, CARD_TEXT),
                buttons);
    }

    /**
     * facility.detail: slot facility (or facility_id, id) holding an id or a name → ok / none, as a message; with
     * no facility at all, none and nothing said (a flow asks first whether the message named one).
     */
    @FlowAction(name = "facility.detail", outcomes = {"ok", "none"})
    public Result facilityDetails(Context context) {
        Wording wording = messages.in(context.language());
        Optional<String> reference = new ActionSlots(context).text("facility", "facility_id", "id");
        if (reference.isEmpty()) {
            return new Result(NONE, Map.of(), List.of());
        }
        Optional<Facility> found = reference
                .flatMap(id -> repository.findFacility(id).or(() -> search.facilityNamed(id)));
        if (found.isEmpty()) {
            String text = wording.text("catalog.facility-none");
            return new Result(NONE, Map.of("text", text), List.of(new Reply.Text(text)));
        }
        Facility facility = found.get();
        String address = Objects.toString(facility.address(), "");
        String hours = Objects.toString(facility.hours(), "");
        String booking = translated(wording, facility.translations(), TranslatedText::description,
                Objects.toString(facility.bookingMethod(), ""));
        String phone = Objects.toString(facility.phone(), "");
        String text = wording.text("catalog.facility-details", Map.of("name", name(wording, facility),
                "kind_in_district", kindInDistrict(facility,
                        values -> wording.text("catalog.facility-kind-in-district", values)), "address", address,
                "hours", hours, "rooms", join(wording, facility.rooms()),
                "equipment", join(wording, facility.equipment()),
                "booking", booking, "phone", phone)) + japaneseNote(wording, facility.translations())
                + sampleNote(wording, facility.sample());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("facility", facility.id());
        values.put("facility_name", name(wording, facility));
        values.put("address", address);
        values.put("hours", hours);
        values.put("booking", booking);
        values.put("phone", phone);
        values.put("text", text);
        Optional<Choice> place = placeButton(wording, facility.id(), facility.location());
        return new Result(OK, values, List.of(place.isEmpty() ? new Reply.Text(text)
                : new Reply.Choices(text, List.of(place.get()))));
    }

    /** The facility's kind in its district as {@code inDistrict} says it, or its kind alone without one. */
    private static String kindInDistrict(Facility facility, Function<Map<String, ?>, String> inDistrict) {
        String district = Objects.toString(facility.district(), "").strip();
        return district.isEmpty() ? facility.kind() : inDistrict.apply(Map.of("kind", facility.kind(),
                "district", district));
    }

    /** Starts the sign-up flow for the opportunity (what the 申し込む buttons send). */
    public static String signUpData(Opportunity opportunity) {
        return PostbackData.forIntent("volunteer.signup", Map.of("opportunity", opportunity.id()));
    }

    /** Opens the opportunity's details (flow opportunity-detail). */
    public static String detailData(Opportunity opportunity) {
        return OPPORTUNITY_DETAIL.data(opportunity.id());
    }

    private static LocalDate today(Context context) {
        return context.at().withZoneSameInstant(CityTime.ZONE).toLocalDate();
    }
}
