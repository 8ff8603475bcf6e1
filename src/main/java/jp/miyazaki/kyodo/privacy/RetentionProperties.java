package jp.miyazaki.kyodo.privacy;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long personal data is kept once it is no longer needed (README "Retention").
 *
 * @param unfollowGrace          after unfollowing, a citizen's data is kept this long (they may follow again),
 *                               then erased
 * @param signUpContactsKeptFor  names and contacts given when signing up are removed this long after the
 *                               activity ended; references and counts stay
 * @param sweepInterval          how often one instance checks both rules
 */
@Validated
@ConfigurationProperties("kyodo.privacy")
public record RetentionProperties(@NotNull @DefaultValue("30d") Duration unfollowGrace,
        @NotNull @DefaultValue("30d") Duration signUpContactsKeptFor,
        @NotNull @DefaultValue("1h") Duration sweepInterval) {
}
