package jp.miyazaki.kyodo.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import tools.jackson.databind.json.JsonMapper;

/** Registers the filters of this package on the paths they guard. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    FilterRegistrationBean<OpenBodyLimit> openBodyLimit(HttpProperties properties, JsonMapper json) {
        FilterRegistrationBean<OpenBodyLimit> registration = new FilterRegistrationBean<>(
                new OpenBodyLimit(properties.openBodyLimit().toBytes(), new ProblemJson(json)));
        registration.addUrlPatterns("/api/nlu/parse", "/api/simulator/messages");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
