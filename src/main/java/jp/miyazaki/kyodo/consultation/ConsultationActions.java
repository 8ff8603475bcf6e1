package jp.miyazaki.kyodo.consultation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.miyazaki.kyodo.catalog.ActionSlots;
import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;

/** The consultation dialog action. */
public class ConsultationActions {

    private static final int MAX_DESCRIPTION = 1000;

    private final Consultations consultations;

    public ConsultationActions(Consultations consultations) {
        this.consultations = consultations;
    }

    /**
     * consult.create: slots topic, description, contact_preference (default LINE) → created / invalid (problem =
     * topic or description).
     */
    public Result create(Context context) {
        ActionSlots slots = new ActionSlots(context);
        Optional<ConsultationTopic> topic = slots.text("topic").flatMap(ConsultationTopic::parse);
        if (topic.isEmpty()) {
            return new Result("invalid", Map.of("problem", "topic",
                    "text", "ご相談の内容を、会計・法人化/NPO設立・資金集め・広報・専門家の紹介・その他から選んでください。"),
                    List.of());
        }
        Optional<String> description = slots.text("description").filter(d -> d.length() <= MAX_DESCRIPTION);
        if (description.isEmpty()) {
            return new Result("invalid", Map.of("problem", "description",
                    "text", "ご相談の内容を" + MAX_DESCRIPTION + "文字以内で教えてください。"), List.of());
        }
        String preference = slots.text("contact_preference").orElse("LINE");
        Consultation consultation = consultations.create(context.userId(), topic.get(), description.get(),
                preference);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", consultation.id());
        values.put("topic", topic.get().label());
        values.put("contact_preference", preference);
        values.put("text", "ご相談を受け付けました（受付番号 " + consultation.id() + "）。\n"
                + "宮崎市民活動センターの担当者が、3営業日以内に" + preference + "でご連絡します。"
                + "\n受付時間は平日9時〜17時です。");
        return new Result("created", values, List.of());
    }
}
