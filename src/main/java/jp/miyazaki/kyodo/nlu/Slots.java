package jp.miyazaki.kyodo.nlu;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Entities found in one message; a slot the user did not mention is {@code null}.
 * {@code kind} is the opportunity kind ({@code volunteer}, {@code event}, {@code course}); {@code opportunity}
 * {@code grant}, {@code facility} and {@code group} are the own names of an activity, grant, facility or group the
 * message mentions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Slots(String category, String district, DateRange date, String kind, String opportunity,
        String grant, String facility, String group) {

    public static final Slots NONE = new Slots(null, null, null, null, null, null, null, null);

    public Slots(String category, String district, DateRange date, String kind, String opportunity, String grant) {
        this(category, district, date, kind, opportunity, grant, null, null);
    }

    public Slots(String category, String district, DateRange date) {
        this(category, district, date, null, null, null, null, null);
    }

    /** The catalog name of that kind the message mentions, or {@code null}. */
    public String named(NameKind kind) {
        return switch (kind) {
            case OPPORTUNITY -> opportunity;
            case GRANT -> grant;
            case FACILITY -> facility;
            case GROUP -> group;
        };
    }
}
