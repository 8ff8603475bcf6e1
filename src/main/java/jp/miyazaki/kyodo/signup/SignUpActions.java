package jp.miyazaki.kyodo.signup;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.miyazaki.kyodo.catalog.ActionSlots;
import jp.miyazaki.kyodo.catalog.CatalogActions;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.DisplayText;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Reply.Card;
import jp.miyazaki.kyodo.dialog.Reply.Choice;
import jp.miyazaki.kyodo.dialog.flow.PostbackData;

/** The sign-up dialog actions: sign up, list my sign-ups, cancel one. */
public class SignUpActions {

    static final int MAX_PEOPLE = 10;
    private static final int MAX_NAME = 50;
    private static final int MAX_CARDS = 12;

    private final SignUps signUps;
    private final CatalogRepository catalog;
    private final CatalogActions catalogActions;

    public SignUpActions(SignUps signUps, CatalogRepository catalog, CatalogActions catalogActions) {
        this.signUps = signUps;
        this.catalog = catalog;
        this.catalogActions = catalogActions;
    }

    /**
     * signup.create: slots opportunity (or opportunity_id, id), name, contact, people (default 1), waitlist (yes
     * to join the waitlist when full) → ok (confirmed) / waitlisted / full / duplicate / closed / none /
     * invalid (values problem = name, contact or people). Values: reference, title, when, place, people, status.
     */
    public Result create(Context context) {
        ActionSlots slots = new ActionSlots(context);
        Optional<String> name = slots.text("name").filter(n -> n.length() <= MAX_NAME);
        Optional<String> contact = slots.text("contact").flatMap(ContactCheck::normalized);
        Optional<Integer> people = slots.text("people").isPresent() ? slots.number("people") : Optional.of(1);
        if (name.isEmpty()) {
            return invalid("name", "お名前を50文字以内で教えてください。");
        }
        if (contact.isEmpty()) {
            return invalid("contact", "電話番号かメールアドレスの形で教えてください（例：090-1234-5678）。");
        }
        if (people.isEmpty() || people.get() < 1 || people.get() > MAX_PEOPLE) {
            return invalid("people", "人数は1〜" + MAX_PEOPLE + "名で教えてください。");
        }
        Optional<Opportunity> opportunity = slots.text("opportunity", "opportunity_id", "id")
                .flatMap(catalog::findOpportunity);
        if (opportunity.isEmpty()) {
            return new Result(CatalogActions.NONE, Map.of("text", "お申し込みの活動が見つかりませんでした。"), List.of());
        }
        Opportunity chosen = opportunity.get();
        SignUpOutcome outcome = signUps.signUp(chosen.id(), context.userId(), name.get(), contact.get(),
                people.get(), slots.yes("waitlist"));
        Map<String, String> values = catalogActions.opportunityValues(chosen);
        values.put("name", name.get());
        values.put("contact", contact.get());
        values.put("people", String.valueOf(people.get()));
        outcome.signUp().ifPresent(s -> {
            values.put("reference", s.reference());
            values.put("status", s.status().label());
        });
        String details = "【" + chosen.title() + "】\n日時：" + values.get("when") + (chosen.place() == null || chosen.place().isBlank() ? "" : "\n場所：" + chosen.place())
                + "\n人数：" + people.get() + "名\nお名前：" + name.get() + " 様";
        String text = switch (outcome.kind()) {
            case CONFIRMED -> "お申し込みを受け付けました（受付番号 " + values.get("reference") + "）。\n\n" + details
                    + "\n\n当日はどうぞよろしくお願いいたします。";
            case WAITLISTED -> "キャンセル待ちで受け付けました（受付番号 " + values.get("reference") + "）。\n\n" + details
                    + "\n\n空きが出ましたら、このLINEでお知らせします。";
            case FULL -> "申し訳ありません。「" + chosen.title() + "」は満員です。キャンセル待ちで登録しますか？";
            case DUPLICATE -> "「" + chosen.title() + "」には、すでにお申し込みいただいています。";
            case CLOSED -> "「" + chosen.title() + "」の受付は終了しました。";
            case NOT_FOUND -> "お申し込みの活動が見つかりませんでした。";
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
     * signup.list: → ok (cards with 詳細 and キャンセル, for activities not yet started) / none. The キャンセル button
     * answers the slot signup of the flow cancel-signup with the sign-up's reference.
     */
    public Result list(Context context) {
        Instant now = context.at().toInstant();
        List<Map.Entry<SignUp, Opportunity>> upcoming = signUps.ofUser(context.userId()).stream()
                .flatMap(s -> catalog.findOpportunity(s.opportunityId()).map(o -> Map.entry(s, o)).stream())
                .filter(e -> e.getValue().start().toInstant().isAfter(now))
                .sorted((a, b) -> a.getValue().start().compareTo(b.getValue().start()))
                .toList();
        if (upcoming.isEmpty()) {
            return new Result(CatalogActions.NONE, Map.of("count", "0", "text", "いまお申し込み中の活動はありません。"),
                    List.of());
        }
        List<Card> cards = upcoming.stream().limit(MAX_CARDS).map(e -> new Card(
                DisplayText.cut(e.getValue().title(), 40),
                DisplayText.cut(DisplayText.shortWhen(e.getValue()) + "\n" + e.getKey().status().label() + "・"
                        + e.getKey().people() + "名・受付番号 " + e.getKey().reference(), 60),
                List.of(Choice.postback("詳細", CatalogActions.detailData(e.getValue())),
                        Choice.postback("キャンセル", PostbackData.forSlot("cancel-signup", "signup",
                                e.getKey().reference()))))).toList();
        String text = "お申し込み中の活動は" + upcoming.size() + "件です。";
        return new Result(CatalogActions.OK, Map.of("count", String.valueOf(upcoming.size()), "text", text),
                List.of(new Reply.Cards(text, cards)));
    }

    /** signup.cancel: slot signup (a reference or an opportunity id; or opportunity_id, id) → ok / none. */
    public Result cancel(Context context) {
        Optional<SignUp> signUp = new ActionSlots(context).text("signup", "opportunity_id", "opportunity", "id")
                .flatMap(reference -> signUps.ofUser(context.userId(), reference));
        Cancellation cancellation = signUp.map(s -> signUps.cancel(s.opportunityId(), context.userId()))
                .orElse(new Cancellation(false, List.of()));
        if (!cancellation.cancelled()) {
            return new Result(CatalogActions.NONE, Map.of("text", "取り消せるお申し込みが見つかりませんでした。"),
                    List.of());
        }
        String opportunityId = signUp.get().opportunityId();
        String title = catalog.findOpportunity(opportunityId).map(Opportunity::title).orElse("活動");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("opportunity", opportunityId);
        values.put("reference", signUp.get().reference());
        values.put("title", title);
        values.put("promoted_count", String.valueOf(cancellation.promotedUserIds().size()));
        values.put("text", "「" + title + "」のお申し込みを取り消しました。またのご参加をお待ちしています。");
        return new Result(CatalogActions.OK, values, List.of());
    }
}
