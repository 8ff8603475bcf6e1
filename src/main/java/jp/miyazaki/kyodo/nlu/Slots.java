package jp.miyazaki.kyodo.nlu;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Entities found in one message; a slot the user did not mention is {@code null}.
 * {@code kind} is the opportunity kind ({@code volunteer}, {@code event}, {@code course}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Slots(String category, String district, DateRange date, String kind) {

    public static final Slots NONE = new Slots(null, null, null, null);

    public Slots(String category, String district, DateRange date) {
        this(category, district, date, null);
    }
}
