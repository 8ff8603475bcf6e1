package jp.miyazaki.kyodo.cityguide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;
import jp.miyazaki.kyodo.dialog.FlowAction;

/** The dialog action that points a citizen to the city's desk for a matter the city handles. */
public final class CityGuideAction {

    private final CityGuide guide;

    public CityGuideAction(CityGuide guide) {
        this.guide = guide;
    }

    /** city.guide: the message (slot {@code message}) names a city matter → found (city_topic, city_contact) / none. */
    @FlowAction(name = "city.guide", outcomes = {"found", "none"})
    public Result guide(Context context) {
        return guide.find(context.slots().getOrDefault("message", "")).map(topic -> {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("city_topic", topic.topic());
            CityGuide.Contact contact = topic.contact();
            values.put("city_contact", Stream.of(contact.name(), contact.phone(), contact.page())
                    .filter(part -> !part.isBlank()).collect(Collectors.joining("\n")));
            return new Result("found", values, List.of());
        }).orElseGet(() -> Result.of("none"));
    }
}
