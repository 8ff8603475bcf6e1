package jp.miyazaki.kyodo.unanswered;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the unanswered-message log lives ({@code kyodo.unanswered.*}).
 *
 * @param key Redis list key
 * @param capacity how many of the newest entries are kept
 */
@Validated
@ConfigurationProperties(prefix = "kyodo.unanswered")
public record UnansweredProperties(@DefaultValue("kyodo:nlu:unanswered") @NotBlank String key,
        @DefaultValue("5000") @Min(1) int capacity) {
}
