package jp.miyazaki.kyodo.cityguide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.miyazaki.kyodo.dialog.DialogAction;

/** city.guide: the message (slot {@code message}) names a city matter → found (city_topic, city_contact) / none. */
public final class CityGuideAction implements DialogAction {

    private final CityGuide guide;

    public CityGuideAction(CityGuide guide) {
        this.guide = guide;
    }

    @Override
    public String name() {
        return "city.guide";
    }

    @Override
    public Result perform(Context context) {
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
