package jp.miyazaki.kyodo.expert;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.catalog.CatalogProperties;
import jp.miyazaki.kyodo.catalog.RedisKeys;
import jp.miyazaki.kyodo.consultation.Consultations;
import jp.miyazaki.kyodo.line.LineGateway;
import jp.miyazaki.kyodo.link.AccountLinks;
import tools.jackson.databind.json.JsonMapper;

/** Wires the expert registry, matching, introductions, link names and the sample experts. */
@Configuration(proxyBeanMethods = false)
public class ExpertConfiguration {

    @Bean
    Experts experts(StringRedisTemplate redis, ObjectProvider<JsonMapper> json, RedisKeys keys) {
        return new Experts(redis, json.getIfAvailable(JsonMapper::new), keys);
    }

    @Bean
    ExpertMatching expertMatching(Experts experts, AccountLinks links) {
        return new ExpertMatching(experts, links);
    }

    @Bean
    ExpertIntroductions expertIntroductions(Consultations consultations, Experts experts, ExpertMatching matching,
            LineGateway line) {
        return new ExpertIntroductions(consultations, experts, matching, line);
    }

    @Bean
    ExpertLinkNames expertLinkNames(Experts experts) {
        return new ExpertLinkNames(experts);
    }

    @Bean
    SampleExpertsLoader sampleExpertsLoader(Experts experts, CatalogProperties properties) {
        return new SampleExpertsLoader(experts, properties);
    }
}
