package jp.miyazaki.kyodo.nlu;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Entities found in one message; a slot the user did not mention is {@code null}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Slots(String category, String district, DateRange date) {

    public static final Slots NONE = new Slots(null, null, null);
}
