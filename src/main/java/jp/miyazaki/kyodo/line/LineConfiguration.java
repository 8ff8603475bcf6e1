package jp.miyazaki.kyodo.line;

import java.nio.charset.StandardCharsets;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SDK's client and webhook parser, built only when a channel is configured; without one the bot runs in
 * local mode. The SDK's own HTTP logger prints the bearer token and message bodies, so it is never enabled.
 */
@Configuration(proxyBeanMethods = false)
public class LineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LineConfiguration.class);
    /**
     * OkHttp's default of 5 requests in flight per host would cap multicasts at 5 / latency, below LINE's
     * 200 per second once latency passes 25 ms.
     */
    private static final int MAX_REQUESTS_IN_FLIGHT = 64;
    private static final String CONFIGURED =
            "'${kyodo.line.channel-secret:}' != '' and '${kyodo.line.channel-token:}' != ''";

    public LineConfiguration(LineProperties properties) {
        if (properties.halfConfigured()) {
            throw new IllegalStateException(
                    "Set both LINE_CHANNEL_SECRET and LINE_CHANNEL_TOKEN, or neither for local mode");
        }
        if (properties.configured()) {
            log.info("LINE channel configured; Messaging API at {}", properties.apiEndpoint());
        } else {
            log.warn("LOCAL MODE: LINE_CHANNEL_SECRET and LINE_CHANNEL_TOKEN are not set. /callback answers 503 "
                    + "and nothing is sent to LINE; use the simulator to talk to the bot.");
        }
    }

    @Bean
    @ConditionalOnExpression(CONFIGURED)
    MessagingApiClient messagingApiClient(LineProperties properties) {
        return MessagingApiClient.builder(properties.channelToken())
                .apiEndPoint(properties.apiEndpoint())
                .connectTimeout(properties.connectTimeout())
                .readTimeout(properties.readTimeout())
                .maxRequestsPerHost(MAX_REQUESTS_IN_FLIGHT)
                .usingDefaultLogger(false)
                .build();
    }

    @Bean
    @ConditionalOnExpression(CONFIGURED)
    WebhookParser webhookParser(LineProperties properties) {
        return new WebhookParser(new StrictSignatureValidator(
                new LineSignatureValidator(properties.channelSecret().getBytes(StandardCharsets.UTF_8))));
    }
}
