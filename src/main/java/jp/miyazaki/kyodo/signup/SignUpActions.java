package jp.miyazaki.kyodo.signup;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.miyazaki.kyodo.dialog.DialogAction;
import jp.miyazaki.kyodo.dialog.FlowAction;
import jp.miyazaki.kyodo.catalog.ActionSlots;
import jp.miyazaki.kyodo.catalog.CatalogActions;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.DisplayText;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;
import jp.miyazaki.kyodo.dialog.Reply.Card;
import jp.miyazaki.kyodo.dialog.Reply.Choice;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.dialog.flow.PostbackData.SlotTarget;
import jp.miyazaki.kyodo.dialog.flow.PostbackData;
import jp.miyazaki.kyodo.shared.LineLimits;

/** The sign-up dialog actions: sign up, list my sign-ups, cancel one. */
public class SignUpActions {

    static final int MAX_PEOPLE = 10;
    static final int MAX_NAME = 50;
    private static final SlotTarget CANCEL = PostbackData.slotTarget("cancel-signup", "signup");
    private static final int MAX_CARDS = LineLimits.CAROUSEL_BUBBLES;

    private final SignUps signUps;
    private final CatalogRepository catalog;
    private final CatalogActions catalogActions;
    private final Wording wording;
    private final RememberedDetails remembered;

    public SignUpActions(SignUps signUps, CatalogRepository catalog, CatalogActions catalogActions,
            Wording wording, RememberedDetails remembered) {
        this.signUps = signUps;
        this.catalog = catalog;
        this.catalogActions = catalogActions;
        this.wording = wording;
        this.remembered = remembered;
    }

    /**
     * signup.places: slot opportunity (an id) → open (places left, or an unknown activity: signup.create says
     * so) / full (only the waitlist), so a citizen hears it before giving their details.
     */
    @FlowAction(name = "signup.places", outcomes = {"open", "full"})
    public Result places(Context context) {
        boolean full = new ActionSlots(context).text("opportunity", "opportunity_id", "id")
                .flatMap(catalog::findOpportunity).map(opportunity -> signUps.spacesLeft(opportunity) == 0)
                .orElse(false);
        return DialogAction.Result.of(full ? "full" : "open");
    }

    /**
     * signup.create: slots opportunity (or opportunity_id, id), name, contact (or use_remembered = remembered:
     * the remembered ones, and party as the count when people is not given), people (default 1), waitlist (yes to join the waitlist when full) → ok (confirmed) / waitlisted / full / duplicate / closed / none /
     * invalid (values problem = name, contact or people). Values: reference, title, when, place, people, status.
     */
    @FlowAction(name = "signup.create", outcomes = {"ok", "waitlisted", "full", "duplicate", "closed", "none", "invalid"})
    public Result create(Context context) {
        String language = context.language();
        ActionSlots slots = new ActionSlots(context);
        Optional<RememberedDetails.Details> kept = slots.text("use_remembered").filter("remembered"::equals)
                .flatMap(chosen -> remembered.find(context.userId()));
        Optional<String> name = slots.text("name").or(() -> kept.map(RememberedDetails.Details::name))
                .filter(n -> n.length() <= MAX_NAME);
        Optional<String> contact = slots.text("contact").or(() -> kept.map(RememberedDetails.Details::contact))
                .flatMap(ContactCheck::normalized);
        // With the remembered details the count is the one the confirmation showed (slot party, maybe corrected).
        String count = kept.isPresent() && slots.text("people").isEmpty() ? "party" : "people";
        Optional<Integer> people = slots.text(count).isPresent() ? slots.number(count) : Optional.of(1);
        if (name.isEmpty()) {
            return invalid("name", wording.text(language, "signup.invalid-name", Map.of("max", MAX_NAME)));
        }
        if (contact.isEmpty()) {
            return invalid("contact", wording.text(language, "signup.invalid-contact", Map.of()));
        }
        if (people.isEmpty() || people.get() < 1 || people.get() > MAX_PEOPLE) {
            return invalid("people", wording.text(language, "signup.invalid-people", Map.of("max", MAX_PEOPLE)));
        }
        Optional<Opportunity> opportunity = slots.text("opportunity", "opportunity_id", "id")
                .flatMap(catalog::findOpportunity);
        if (opportunity.isEmpty()) {
            return new Result(CatalogActions.NONE, Map.of("text", wording.text(language, "signup.not-found", Map.of())),
                    List.of());
        }
        Opportunity chosen = opportunity.get();
        SignUpOutcome outcome = signUps.signUp(chosen.id(), context.userId(), name.get(), contact.get(),
                people.get(), slots.yes("waitlist"));
        Map<String, String> values = catalogActions.opportunityValues(chosen, language);
        values.put("name", name.get());
        values.put("contact", contact.get());
        values.put("people", String.valueOf(people.get()));
        outcome.signUp().ifPresent(s -> {
            values.put("reference", s.reference());
            values.put("status", s.status().label(language));
        });
        Map<String, String> wordingValues = new LinkedHashMap<>(values);
        wordingValues.put("details", wording.text(language, "signup.details", wordingValues));
        String text = switch (outcome.kind()) {
            case CONFIRMED -> wording.text(language, "signup.confirmed", wordingValues);
            case WAITLISTED -> wording.text(language, "signup.waitlisted", wordingValues);
            case FULL -> wording.text(language, "signup.full", wordingValues);
            case DUPLICATE -> wording.text(language, "signup.duplicate", wordingValues);
            case CLOSED -> wording.text(language, "signup.closed", wordingValues);
            case NOT_FOUND -> wording.text(language, "signup.not-found", Map.of());
        };
        values.put("text", text);
        return new Result(word(outcome.kind()), values, List.of());
    }

    /** The outcome words the flows branch on: ok for a confirmed place, none for an unknown opportunity. */
    static String word(SignUpOutcome.Kind kind) {
        return switch (kind) {
            case CONFIRMED -> CatalogActions.OK;
            case NOT_FOUND -> CatalogActions.NONE;
            default -> kind.word();
        };
    }

    private static Result invalid(String problem, String text) {
        return new Result("invalid", Map.of("problem", problem, "text", text), List.of());
    }

    /**
     * signup.list: → ok (cards with 詳細 and キャンセル, for activities not yet started) / named (slot opportunity, a
     * title or id the message named, fits exactly one of them: values signup, title, when) / none. The キャンセル
     * button answers the slot signup of the flow cancel-signup with the sign-up's reference.
     */
    @FlowAction(name = "signup.list", outcomes = {"ok", "named", "none"})
    public Result list(Context context) {
        String language = context.language();
        Instant now = context.at().toInstant();
        List<Map.Entry<SignUp, Opportunity>> upcoming = signUps.ofUser(context.userId()).stream()
                .flatMap(s -> catalog.findOpportunity(s.opportunityId()).map(o -> Map.entry(s, o)).stream())
                .filter(e -> e.getValue().start().toInstant().isAfter(now))
                .sorted((a, b) -> a.getValue().start().compareTo(b.getValue().start()))
                .toList();
        if (upcoming.isEmpty()) {
            return new Result(CatalogActions.NONE, Map.of("count", "0", "text",
                    wording.text(language, "signup.list-none", Map.of())),
                    List.of());
        }
        Optional<String> named = new ActionSlots(context).text("opportunity");
        List<Map.Entry<SignUp, Opportunity>> meant = named.map(name -> upcoming.stream()
                .filter(e -> e.getValue().id().equals(name) || e.getValue().title().equals(name)).toList())
                .orElse(List.of());
        if (meant.size() == 1) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("signup", meant.get(0).getKey().reference());
            values.put("title", meant.get(0).getValue().title());
            values.put("when", DisplayText.when(wording.in(language), meant.get(0).getValue()));
            return new Result("named", values, List.of());
        }
        List<Card> cards = upcoming.stream().limit(MAX_CARDS).map(e -> new Card(
                DisplayText.cut(e.getValue().title(), 40),
                DisplayText.cut(wording.text(language, "signup.list-card", Map.of("when",
                        DisplayText.shortWhen(wording.in(language), e.getValue()),
                        "status", e.getKey().status().label(language), "people", e.getKey().people(),
                        "reference", e.getKey().reference())), 60),
                List.of(Choice.postback(wording.text(language, "signup.button-detail", Map.of()),
                                CatalogActions.detailData(e.getValue())),
                        Choice.postback(wording.text(language, "signup.button-cancel", Map.of()),
                                CANCEL.data(e.getKey().reference()))))).toList();
        String text = wording.text(language, "signup.list", Map.of("count", upcoming.size()));
        return new Result(CatalogActions.OK, Map.of("count", String.valueOf(upcoming.size()), "text", text),
                List.of(new Reply.Cards(text, cards)));
    }

    /** signup.cancel: slot signup (a reference or an opportunity id; or opportunity_id, id) → ok / none. */
    @FlowAction(name = "signup.cancel", outcomes = {"ok", "none"})
    public Result cancel(Context context) {
        String language = context.language();
        Optional<SignUp> signUp = new ActionSlots(context).text("signup", "opportunity_id", "opportunity", "id")
                .flatMap(reference -> signUps.ofUser(context.userId(), reference));
        Cancellation cancellation = signUp.map(s -> signUps.cancel(s.opportunityId(), context.userId()))
                .orElse(new Cancellation(false, List.of()));
        if (!cancellation.cancelled()) {
            return new Result(CatalogActions.NONE, Map.of("text",
                    wording.text(language, "signup.cancel-none", Map.of())),
                    List.of());
        }
        String opportunityId = signUp.get().opportunityId();
        String title = catalog.findOpportunity(opportunityId).map(Opportunity::title)
                .orElseGet(() -> wording.text(language, "signup.cancel-unknown-title", Map.of()));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("opportunity", opportunityId);
        values.put("reference", signUp.get().reference());
        values.put("title", title);
        values.put("promoted_count", String.valueOf(cancellation.promotedUserIds().size()));
        values.put("text", wording.text(language, "signup.cancelled", values));
        return new Result(CatalogActions.OK, values, List.of());
    }
}
