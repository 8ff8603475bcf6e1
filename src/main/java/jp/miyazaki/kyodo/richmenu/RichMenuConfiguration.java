package jp.miyazaki.kyodo.richmenu;

import com.linecorp.bot.messaging.client.MessagingApiBlobClient;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.miyazaki.kyodo.line.LineProperties;

/** The SDK's client for LINE's data endpoint (images), built only when a channel is configured. */
@Configuration(proxyBeanMethods = false)
public class RichMenuConfiguration {

    @Bean
    @ConditionalOnExpression("'${kyodo.line.channel-secret:}' != '' and '${kyodo.line.channel-token:}' != ''")
    MessagingApiBlobClient messagingApiBlobClient(LineProperties line, RichMenuProperties richMenu) {
        return MessagingApiBlobClient.builder(line.channelToken())
                .apiEndPoint(richMenu.apiDataEndpoint())
                .connectTimeout(line.connectTimeout())
                .readTimeout(line.readTimeout())
                .usingDefaultLogger(false)
                .build();
    }
}
