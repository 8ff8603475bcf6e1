package jp.miyazaki.kyodo.nlu;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the language understanding ({@code kyodo.nlu.*}).
 *
 * @param threshold calibrated confidence below which the answer is {@code fallback}
 * @param reviewBelow confidence below which an answer is also kept, masked, for staff review
 */
@Validated
@ConfigurationProperties(prefix = "kyodo.nlu")
public record NluProperties(
        @DefaultValue("" + NluProperties.DEFAULT_THRESHOLD) @DecimalMin("0.0") @DecimalMax("1.0") double threshold,
        @DefaultValue("0.6") @DecimalMin("0.0") @DecimalMax("1.0") double reviewBelow) {

    public static final double DEFAULT_THRESHOLD = 0.4;
}
