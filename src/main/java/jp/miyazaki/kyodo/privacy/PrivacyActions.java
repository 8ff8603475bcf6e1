package jp.miyazaki.kyodo.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.miyazaki.kyodo.catalog.CatalogActions;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;
import jp.miyazaki.kyodo.dialog.FlowAction;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.signup.RememberedDetails;

/** The privacy dialog actions: what is stored about me, delete everything about me. */
public class PrivacyActions {

    private final PersonalData personalData;
    private final CatalogRepository catalog;
    private final Wording messages;
    private final RememberedDetails rememberedDetails;

    public PrivacyActions(PersonalData personalData, CatalogRepository catalog, Wording wording,
            RememberedDetails rememberedDetails) {
        this.personalData = personalData;
        this.catalog = catalog;
        this.messages = wording;
        this.rememberedDetails = rememberedDetails;
    }

    /**
     * privacy.show: → ok / remembered (a name and contact are kept for sign-ups, so the flow can offer to change
     * or forget them) / none; the short summary comes as a message.
     */
    @FlowAction(name = "privacy.show", outcomes = {"ok", "remembered", "none"})
    public Result show(Context context) {
        Wording wording = messages.in(context.language());
        StoredData stored = personalData.of(context.userId());
        Optional<RememberedDetails.Details> remembered = rememberedDetails.find(context.userId());
        if (stored.isEmpty() && remembered.isEmpty()) {
            String text = wording.text("privacy.nothing");
            return new Result(CatalogActions.NONE, Map.of("text", text), List.of(new Reply.Text(text)));
        }
        List<String> lines = new ArrayList<>(List.of(wording.text("privacy.stored")));
        stored.profile().ifPresent(p -> {
            String district = p.district() == null ? wording.text("privacy.no-district") : p.district();
            lines.add(p.topics().isEmpty() ? wording.text("privacy.profile", Map.of("district", district))
                    : wording.text("privacy.profile-topics", Map.of("district", district, "topics",
                            labels(wording, p.topics()))));
        });
        stored.subscription().filter(s -> s.noticesAccepted()).ifPresent(s -> lines.add(wording.text(
                "privacy.notices", Map.of("categories", s.categories().isEmpty()
                        ? wording.text("privacy.all-categories") : labels(wording, s.categories())))));
        if (!stored.signUps().isEmpty()) {
            Map<String, Object> values = Map.of("count", stored.signUps().size(), "titles", join(wording, stored.signUps()
                    .stream().limit(3).map(s -> catalog.findOpportunity(s.opportunityId()).map(Opportunity::title)
                            .orElseGet(() -> wording.text("privacy.unknown-title")))
                    .toList()));
            lines.add(stored.signUps().size() > 3 ? wording.text("privacy.signups-more", values)
                    : wording.text("privacy.signups", values));
        }
        remembered.ifPresent(details -> lines.add(wording.text("privacy.remembered", Map.of("name", details.name(),
                "contact", rememberedDetails.shown(context.language(), details)))));
        if (stored.activityRecords() > 0) {
            lines.add(wording.text("privacy.activity-records", Map.of("count", stored.activityRecords())));
        }
        if (stored.consultations() > 0) {
            lines.add(wording.text("privacy.consultations", Map.of("count", stored.consultations())));
        }
        if (stored.conversation()) {
            lines.add(wording.text("privacy.conversation"));
        }
        String text = String.join("\n", lines);
        return new Result(remembered.isPresent() ? "remembered" : CatalogActions.OK, Map.of("text", text,
                "signups", String.valueOf(stored.signUps().size()),
                "consultations", String.valueOf(stored.consultations())), List.of(new Reply.Text(text)));
    }

    /** privacy.delete: → ok; the flow asks for confirmation before calling it and ends afterwards. */
    @FlowAction(name = "privacy.delete", outcomes = {"ok"})
    public Result delete(Context context) {
        Wording wording = messages.in(context.language());
        Erasure erasure = personalData.erase(context.userId());
        String text = erasure.signUpsCancelled() > 0
                ? wording.text("privacy.deleted-with-signups", Map.of("count", erasure.signUpsCancelled()))
                : wording.text("privacy.deleted");
        return new Result(CatalogActions.OK, Map.of("signups_cancelled", String.valueOf(erasure.signUpsCancelled()),
                "text", text), List.of());
    }

    private String labels(Wording wording, List<Category> categories) {
        return join(wording, categories.stream().map(category -> category.label(wording.language())).toList());
    }

    private String join(Wording wording, List<String> names) {
        return String.join(wording.text("common.separator"), names);
    }
}
