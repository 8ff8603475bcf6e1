package jp.miyazaki.kyodo.link;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.shared.RedisKeys;

/** Wires link codes and the {@code account.link} action. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LinkProperties.class)
public class LinkConfiguration {

    @Bean
    AccountLinks accountLinks(StringRedisTemplate redis, RedisKeys keys, LinkProperties properties) {
        return new AccountLinks(redis, keys, properties);
    }

    @Bean
    LinkActions linkActions(AccountLinks links, ObjectProvider<LinkTargetNames> names, Wording wording) {
        return new LinkActions(links, names, wording);
    }
}
