package jp.miyazaki.kyodo.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.json.JsonMapper;

/** Registers the filters of this package on the paths they guard. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    FilterRegistrationBean<BodyLimit> openBodyLimit(HttpProperties properties, JsonMapper json) {
        return bodyLimit(properties.openBodyLimit(), json, "/api/nlu/parse", "/api/simulator/messages");
    }

    /** Before security too: an oversized upload is refused unread, whoever sends it. */
    @Bean
    FilterRegistrationBean<BodyLimit> richMenuUploadLimit(HttpProperties properties, JsonMapper json) {
        return bodyLimit(properties.richMenuUploadLimit(), json, "/api/admin/rich-menu/install");
    }

    /** Outside Spring Session's filter (HIGHEST_PRECEDENCE + 50) and Spring Security's, which both reach Redis. */
    @Bean
    FilterRegistrationBean<RedisUnavailableAnswer> redisUnavailableAnswer(HttpProperties properties,
            JsonMapper json) {
        FilterRegistrationBean<RedisUnavailableAnswer> registration = new FilterRegistrationBean<>(
                new RedisUnavailableAnswer(Math.max(1, properties.redisDownRetryAfter().toSeconds()),
                        new ProblemJson(json)));
        registration.addUrlPatterns("/admin", "/admin/*", "/api/admin/*", "/v3/api-docs", "/v3/api-docs/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    private static FilterRegistrationBean<BodyLimit> bodyLimit(DataSize limit, JsonMapper json, String... paths) {
        FilterRegistrationBean<BodyLimit> registration = new FilterRegistrationBean<>(
                new BodyLimit(limit.toBytes(), new ProblemJson(json)));
        registration.addUrlPatterns(paths);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
