package jp.miyazaki.kyodo.consultation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.miyazaki.kyodo.catalog.ActionSlots;
import jp.miyazaki.kyodo.catalog.CatalogActions;
import jp.miyazaki.kyodo.catalog.DisplayText;
import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;
import jp.miyazaki.kyodo.dialog.FlowAction;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.shared.CityTime;

/** The consultation dialog action. */
public class ConsultationActions {

    private static final int MAX_DESCRIPTION = 1000;
    /** The 市民活動センター answers within this many working days. */
    private static final int ANSWER_WORKING_DAYS = 3;

    private final Consultations consultations;
    private final Wording messages;

    public ConsultationActions(Consultations consultations, Wording messages) {
        this.consultations = consultations;
        this.messages = messages;
    }

    /**
     * consult.create: slots topic, field (the expertise wanted when the topic is expert), district (where the
     * group is active; any = whole city or not known), description, preference (line, phone, email; or
     * contact_preference), contact → ok (values reference, answer_by, topic_label, field_label) / invalid
     * (problem = topic, description or contact).
     */
    @FlowAction(name = "consult.create", outcomes = {"ok", "invalid"})
    public Result create(Context context) {
        Wording wording = messages.in(context.language());
        ActionSlots slots = new ActionSlots(context);
        Optional<ConsultationTopic> topic = slots.text("topic").flatMap(ConsultationTopic::parse);
        if (topic.isEmpty()) {
            return invalid("topic", wording.text("consultation.invalid-topic"));
        }
        Optional<String> description = slots.text("description").filter(d -> d.length() <= MAX_DESCRIPTION);
        if (description.isEmpty()) {
            return invalid("description", wording.text("consultation.invalid-description",
                    Map.of("max", MAX_DESCRIPTION)));
        }
        // Kept as the Japanese word staff read (電話, メール, LINE); the reply names it in the citizen's language.
        String way = slots.contactWay("preference", "contact_preference");
        String preference = Consultation.contactPreference(messages, way);
        String contact = slots.text("contact").orElse("");
        if (!"LINE".equals(preference) && contact.isEmpty()) {
            return invalid("contact", wording.text("consultation.invalid-contact"));
        }
        Expertise field = topic.get().expertise()
                .or(() -> slots.text("field").flatMap(Expertise::parse)).orElse(null);
        String district = slots.districtOrCentre("district").orElse(null);
        Consultation consultation = consultations.create(context.userId(), topic.get(), description.get(),
                preference, contact, field, district);
        String answerBy = DisplayText.day(wording, workingDaysAfter(
                context.at().withZoneSameInstant(CityTime.ZONE).toLocalDate(), ANSWER_WORKING_DAYS));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reference", consultation.id());
        values.put("topic_label", topic.get().label(wording.language()));
        values.put("field_label", field == null ? "" : field.label(wording.language()));
        values.put("answer_by", answerBy);
        values.put("text", wording.text("consultation.received", Map.of("reference", consultation.id(),
                "answer_by", answerBy, "preference", Consultation.contactPreference(wording, way))));
        return new Result(CatalogActions.OK, values, List.of());
    }

    /** Weekends are not working days; public holidays are not known here, so the promise errs early. */
    static LocalDate workingDaysAfter(LocalDate day, int workingDays) {
        LocalDate result = day;
        int left = workingDays;
        while (left > 0) {
            result = result.plusDays(1);
            if (result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return result;
    }

    private static Result invalid(String problem, String text) {
        return new Result("invalid", Map.of("problem", problem, "text", text), List.of());
    }
}
