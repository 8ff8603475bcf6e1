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
import jp.miyazaki.kyodo.dialog.Reply;

/** The notice and profile dialog actions. */
public class SubscriptionActions {

    static final String CHOSEN = "chosen";

    private final Subscriptions subscriptions;

    public SubscriptionActions(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    /**
     * subscription.show: → chosen when the citizen already named a category or district to follow ("防災の通知が
     * ほしい"), so the flow can follow it at once; otherwise ok (following something) / none, with the settings
     * as a message.
     */
    public Result show(Context context) {
        if (named(context, "category") || named(context, "district")) {
            return Result.of(CHOSEN);
        }
        Optional<Subscription> found = subscriptions.find(context.userId()).filter(Subscription::noticesAccepted);
        if (found.isEmpty()) {
            String text = "いまはお知らせを受け取らない設定です。";
            return new Result(CatalogActions.NONE, Map.of("summary", "なし", "text", text),
                    List.of(new Reply.Text(text)));
        }
        Map<String, String> values = describe(found.get());
        String text = "いまのお知らせ設定です。\n分野：" + values.get("categories") + "\n地域：" + values.get("districts");
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
    public Result follow(Context context) {
        ActionSlots slots = new ActionSlots(context);
        List<String> unknown = new ArrayList<>(slots.unknownCategories("categories", "category"));
        unknown.addAll(slots.unknownDistricts("districts", "district"));
        if (!unknown.isEmpty()) {
            return new Result("invalid", Map.of("unknown", String.join("、", unknown),
                    "text", "「" + String.join("、", unknown) + "」は分野・地域の一覧にありませんでした。"), List.of());
        }
        List<Category> categories = slots.categories("categories", "category");
        List<String> districts = slots.districts("districts", "district");
        Subscription after = "replace".equals(slots.text("mode").orElse("add"))
                ? subscriptions.change(context.userId(), categories, districts)
                : subscriptions.follow(context.userId(), categories, districts);
        Map<String, String> values = describe(after);
        values.put("text", "お知らせの設定を保存しました。\n分野：" + values.get("categories") + "\n地域："
                + values.get("districts") + "\n止めたいときは「通知を止めて」と送ってください。");
        return new Result(CatalogActions.OK, values, List.of());
    }

    /** subscription.stop: → ok. */
    public Result stop(Context context) {
        subscriptions.stop(context.userId());
        return new Result(CatalogActions.OK, Map.of("text", "お知らせの配信を停止しました。また受け取りたいときはいつでも設定できます。"),
                List.of());
    }

    /**
     * profile.register: slots district, topics (categories), notices (yes to receive notices on the topics in
     * the district); none or any mean not given → ok / invalid.
     */
    public Result register(Context context) {
        ActionSlots slots = new ActionSlots(context);
        Optional<String> district = slots.district("district");
        if (slots.text("district").isPresent() && district.isEmpty()) {
            return new Result("invalid", Map.of("problem", "district",
                    "text", "地域は宮崎市の地域自治区の名前で教えてください（例：青島、清武）。"), List.of());
        }
        List<Category> topics = slots.categories("topics", "categories");
        subscriptions.register(context.userId(), district.orElse(null), topics);
        if (slots.yes("notices")) {
            subscriptions.follow(context.userId(), topics, district.map(List::of).orElse(List.of()));
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("summary", district.orElse("地域なし") + (topics.isEmpty() ? "" : "・" + labels(topics)));
        values.put("text", "ご登録ありがとうございます。" + district.map(d -> d + "の").orElse("")
                + (topics.isEmpty() ? "" : labels(topics) + "の") + "情報をご案内しやすくなりました。");
        return new Result(CatalogActions.OK, values, List.of());
    }

    private static Map<String, String> describe(Subscription subscription) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("categories", subscription.categories().isEmpty() ? "すべて" : labels(subscription.categories()));
        values.put("districts", subscription.districts().isEmpty() ? "すべて"
                : String.join("、", subscription.districts()));
        values.put("summary", "分野：" + values.get("categories") + "／地域：" + values.get("districts"));
        return values;
    }

    private static String labels(List<Category> categories) {
        return String.join("、", categories.stream().map(Category::label).toList());
    }
}
