package jp.miyazaki.kyodo.signup;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.miyazaki.kyodo.catalog.ActionSlots;
import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;
import jp.miyazaki.kyodo.dialog.FlowAction;
import jp.miyazaki.kyodo.signup.RememberedDetails.Details;

/**
 * The dialog actions around a remembered name and contact: offered after a first sign-up, used to sign up in one
 * tap, changed or forgotten from 登録情報.
 */
public class RememberActions {

    private final RememberedDetails remembered;
    private final SignUps signUps;

    public RememberActions(RememberedDetails remembered, SignUps signUps) {
        this.remembered = remembered;
        this.signUps = signUps;
    }

    /**
     * signup.remembered: → remembered (values remembered_name, remembered_contact masked, party: the party slot as
     * corrected at the confirmation (「2人に変えて」), else the people slot, else 1) / none.
     */
    @FlowAction(name = "signup.remembered", outcomes = {"remembered", "none"})
    public Result find(Context context) {
        ActionSlots slots = new ActionSlots(context);
        return remembered.find(context.userId()).map(details -> new Result("remembered", Map.of(
                "remembered_name", details.name(),
                "remembered_contact", remembered.shown(context.language(), details),
                "party", slots.text("party").or(() -> slots.text("people")).orElse("1")), List.of()))
                .orElseGet(() -> Result.of("none"));
    }

    /**
     * signup.offer-remember, after a confirmed sign-up with slots name and contact: → ask (nothing kept, no
     * recent "no") / same (kept as given) / updated (the kept ones are replaced by those given) / declined / none
     * (no name or contact given).
     */
    @FlowAction(name = "signup.offer-remember", outcomes = {"ask", "same", "updated", "declined", "none"})
    public Result offer(Context context) {
        Optional<Details> given = given(new ActionSlots(context));
        Optional<Details> kept = remembered.find(context.userId());
        if (given.isEmpty()) {
            return Result.of("none");
        }
        if (kept.isPresent()) {
            if (kept.equals(given)) {
                return Result.of("same");
            }
            remembered.remember(context.userId(), given.get());
            return Result.of("updated");
        }
        return Result.of(remembered.declined(context.userId()) ? "declined" : "ask");
    }

    /**
     * signup.remember: slot remember (yes / no) → remembered (the name and contact of the citizen's latest
     * sign-up are kept) / declined (not asked again for a while) / none (no sign-up with them to keep).
     */
    @FlowAction(name = "signup.remember", outcomes = {"remembered", "declined", "none"})
    public Result answer(Context context) {
        if (!new ActionSlots(context).yes("remember")) {
            remembered.decline(context.userId());
            return Result.of("declined");
        }
        Optional<Details> latest = signUps.ofUser(context.userId()).stream()
                .filter(s -> s.name() != null && s.contact() != null).reduce((first, second) -> second)
                .map(s -> new Details(s.name(), s.contact()));
        latest.ifPresent(details -> remembered.remember(context.userId(), details));
        return Result.of(latest.isPresent() ? "remembered" : "none");
    }

    /** signup.change-remembered: slots name, contact → changed / invalid (a slot missing or unfitting). */
    @FlowAction(name = "signup.change-remembered", outcomes = {"changed", "invalid"})
    public Result change(Context context) {
        Optional<Details> given = given(new ActionSlots(context));
        given.ifPresent(details -> remembered.remember(context.userId(), details));
        return Result.of(given.isPresent() ? "changed" : "invalid");
    }

    /** signup.forget-remembered: → forgotten / none (nothing was kept). */
    @FlowAction(name = "signup.forget-remembered", outcomes = {"forgotten", "none"})
    public Result forget(Context context) {
        return Result.of(remembered.forget(context.userId()) ? "forgotten" : "none");
    }

    private static Optional<Details> given(ActionSlots slots) {
        Optional<String> name = slots.text("name").filter(n -> n.length() <= SignUpActions.MAX_NAME);
        Optional<String> contact = slots.text("contact").flatMap(ContactCheck::normalized);
        return name.isPresent() && contact.isPresent() ? Optional.of(new Details(name.get(), contact.get()))
                : Optional.empty();
    }
}
