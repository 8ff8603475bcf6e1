package jp.miyazaki.kyodo.activity;

import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Recognition settings: the milestones that earn a thank-you card (numbers of activities attended, hours
 * volunteered, counted over all years) and the local time, the day after an activity, when present citizens
 * are thanked (Asia/Tokyo, like the catalog's times).
 */
@Validated
@ConfigurationProperties("kyodo.recognition")
public record RecognitionProperties(@NotNull @Valid Milestones milestones, @NotNull LocalTime thanksTime) {

    /** Thresholds; either list may be empty. */
    public record Milestones(@NotNull List<@NotNull @Positive Integer> activities,
            @NotNull List<@NotNull @Positive Integer> hours) {
    }
}
