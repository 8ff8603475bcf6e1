package jp.miyazaki.kyodo.dialog.flow;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jp.miyazaki.kyodo.nlu.Clarification;

/**
 * When the bot asks 「〜ということですか？」 instead of starting a flow ({@code kyodo.dialog.clarify.*}); the defaults
 * were measured on the NLU evaluation set and the out-of-scope corpus ({@code NluEvaluation}).
 *
 * @param below      confidence under which the understood intent is asked about
 * @param bareBelow  the same for a message naming no topic, district, date, kind or catalog item
 * @param margin     how close a second intent must come to the best to be offered too
 * @param candidates how many intents are offered at most (「ちがう」 comes on top)
 * @param expiry     how long the question's buttons answer it
 */
@Validated
@ConfigurationProperties("kyodo.dialog.clarify")
public record ClarificationSettings(
        @DefaultValue("" + Clarification.DEFAULT_BELOW) @DecimalMin("0.0") @DecimalMax("1.0") double below,
        @DefaultValue("" + Clarification.DEFAULT_BARE_BELOW) @DecimalMin("0.0") @DecimalMax("1.0") double bareBelow,
        @DefaultValue("" + Clarification.DEFAULT_MARGIN) @DecimalMin("0.0") @DecimalMax("1.0") double margin,
        @DefaultValue("" + Clarification.DEFAULT_CANDIDATES) @Min(1) @Max(3) int candidates,
        @DefaultValue("10m") @NotNull Duration expiry) {

    public static ClarificationSettings defaults() {
        return new ClarificationSettings(Clarification.DEFAULT_BELOW, Clarification.DEFAULT_BARE_BELOW,
                Clarification.DEFAULT_MARGIN, Clarification.DEFAULT_CANDIDATES, Duration.ofMinutes(10));
    }

    Clarification rule() {
        return new Clarification(below, bareBelow, margin, candidates);
    }
}
