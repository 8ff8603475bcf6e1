package jp.miyazaki.kyodo.subscription;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.miyazaki.kyodo.catalog.ActionSlots;
import jp.miyazaki.kyodo.catalog.CatalogActions;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;
import jp.miyazaki.kyodo.dialog.FlowAction;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Wording;

/** The notice and profile dialog actions. */
public class SubscriptionActions {

    static final String CHOSEN = "chosen";

    private final Subscriptions subscriptions;
    private final Wording messages;

    public SubscriptionActions(Subscriptions subscriptions, Wording wording) {
        this.subscriptions = subscriptions;
        this.messages = wording;
    }

    /**
     * subscription.show: → chosen when the citizen already named a category or district to follow ("防災の通知が
     * ほしい"), so the flow can follow it at once; otherwise ok (following something) / none, with the settings
     * as a message.
     */
    @FlowAction(name = "subscription.show", outcomes = {"chosen", "ok", "none"})
    public Result show(Context context) {
        Wording wording = messages.in(context.language());
        if (named(context, "category") || named(context, "district")) {
            return Result.of(CHOSEN);
        }
        Optional<Subscription> found = subscriptions.find(context.userId()).filter(Subscription::noticesAccepted);
        if (found.isEmpty()) {
            String text = wording.text("subscription.off");
            return new Result(CatalogActions.NONE, Map.of("summary", wording.text("subscription.off-summary"),
                    "text", text),
                    List.of(new Reply.Text(text)));
        }
        Map<String, String> values = describe(wording, found.get());
        String text = wording.text("subscription.current", values);
        values.put("text", text);
        return new Result(CatalogActions.OK, values, List.of(new Reply.Text(text)));
    }

    private static boolean named(Context context, String slot) {
        String value = context.slots().get(slot);
        return value != null && !value.isBlank() && !"any".equals(value);
    }

    /**
     * subscription.follow: slots categories (or category), districts (or district), mode ({@code replace} to
     * replace, otherwise add) → ok (values summary, categories, districts) / invalid (values unknown).
     */
    @FlowAction(name = "subscription.follow", outcomes = {"ok", "invalid"})
    public Result follow(Context context) {
        Wording wording = messages.in(context.language());
        ActionSlots slots = new ActionSlots(context);
        List<String> unknown = new ArrayList<>(slots.unknownCategories("categories", "category"));
        unknown.addAll(slots.unknownDistricts("districts", "district"));
        if (!unknown.isEmpty()) {
            String joined = join(wording, unknown);
            return new Result("invalid", Map.of("unknown", joined,
                    "text", wording.text("subscription.unknown", Map.of("unknown", joined))), List.of());
        }
        List<Category> categories = slots.categories("categories", "category");
        List<String> districts = slots.districts("districts", "district");
        Subscription after = "replace".equals(slots.text("mode").orElse("add"))
                ? subscriptions.change(context.userId(), categories, districts)
                : subscriptions.follow(context.userId(), categories, districts);
        Map<String, String> values = describe(wording, after);
        values.put("text", wording.text("subscription.saved", values));
        return new Result(CatalogActions.OK, values, List.of());
    }

    /** subscription.stop: → ok. */
    @FlowAction(name = "subscription.stop", outcomes = {"ok"})
    public Result stop(Context context) {
        Wording wording = messages.in(context.language());
        subscriptions.stop(context.userId());
        return new Result(CatalogActions.OK, Map.of("text", wording.text("subscription.stopped")), List.of());
    }

    /**
     * profile.register: slots district, topics (categories), notices (yes to receive notices on the topics in
     * the district); none or any mean not given → ok / none (neither given: nothing is kept) / invalid.
     */
    @FlowAction(name = "profile.register", outcomes = {"ok", "none", "invalid"})
    public Result register(Context context) {
        Wording wording = messages.in(context.language());
        ActionSlots slots = new ActionSlots(context);
        Optional<String> district = slots.district("district");
        if (slots.text("district").isPresent() && district.isEmpty()) {
            return new Result("invalid", Map.of("problem", "district",
                    "text", wording.text("subscription.invalid-district")), List.of());
        }
        List<Category> topics = slots.categories("topics", "categories");
        if (district.isEmpty() && topics.isEmpty()) {
            // Both declined: nothing is kept, and the flow says so rather than 「登録しました」.
            return new Result(CatalogActions.NONE, Map.of(), List.of());
        }
        subscriptions.register(context.userId(), district.orElse(null), topics);
        if (slots.yes("notices")) {
            subscriptions.follow(context.userId(), topics, district.map(List::of).orElse(List.of()));
        }
        Map<String, String> values = new LinkedHashMap<>();
        String place = district.orElseGet(() -> wording.text("subscription.no-district"));
        values.put("summary", topics.isEmpty() ? place
                : wording.text("subscription.profile-summary-topics", Map.of("district", place, "topics",
                        labels(wording, topics))));
        String about = district.map(d -> wording.text("subscription.registered-about", Map.of("subject", d)))
                .orElse("") + (topics.isEmpty() ? ""
                        : wording.text("subscription.registered-about", Map.of("subject", labels(wording, topics))));
        values.put("text", wording.text("subscription.registered", Map.of("about", about)));
        return new Result(CatalogActions.OK, values, List.of());
    }

    private Map<String, String> describe(Wording wording, Subscription subscription) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("categories", subscription.categories().isEmpty() ? wording.text("subscription.all")
                : labels(wording, subscription.categories()));
        values.put("districts", subscription.districts().isEmpty() ? wording.text("subscription.all")
                : join(wording, subscription.districts()));
        values.put("summary", wording.text("subscription.summary", values));
        return values;
    }

    private String labels(Wording wording, List<Category> categories) {
        return join(wording, categories.stream().map(category -> category.label(wording.language())).toList());
    }

    private String join(Wording wording, List<String> names) {
        return String.join(wording.text("common.separator"), names);
    }
}
