package jp.miyazaki.kyodo.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Who may scrape {@code /actuator/prometheus}: whoever presents {@code token} ({@code KYODO_METRICS_TOKEN}) as a
 * bearer token. Without a token the endpoint is closed, except in local mode (no LINE channel), where only the
 * developer's machine can reach it.
 */
@ConfigurationProperties("kyodo.metrics")
public record MetricsProperties(String token) {

    public boolean tokenGiven() {
        return StringUtils.hasText(token);
    }
}
