package jp.miyazaki.kyodo.catalog;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.nlu.MorphologicalAnalyzer;
import tools.jackson.databind.json.JsonMapper;

/** Wires the catalog; the analyzer and clock are shared with other features when they define them. */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

    @Bean
    SearchTerms catalogSearchTerms(ObjectProvider<MorphologicalAnalyzer> analyzer) {
        return new SearchTerms(analyzer.getIfAvailable(MorphologicalAnalyzer::new));
    }

    @Bean
    NameMatcher catalogNameMatcher(ObjectProvider<MorphologicalAnalyzer> analyzer) {
        return new NameMatcher(analyzer.getIfAvailable(MorphologicalAnalyzer::new));
    }

    @Bean
    CatalogRepository catalogRepository(StringRedisTemplate redis, ObjectProvider<JsonMapper> json,
            RedisKeyProperties keys, SearchTerms searchTerms) {
        return new CatalogRepository(redis, json.getIfAvailable(JsonMapper::new), keys, searchTerms);
    }

    @Bean
    CatalogSearch catalogSearch(CatalogRepository repository, SearchTerms searchTerms, NameMatcher names) {
        return new CatalogSearch(repository, searchTerms, names);
    }

    @Bean
    SampleCatalogLoader sampleCatalogLoader(CatalogRepository repository, CatalogProperties properties,
            ObjectProvider<Clock> clock) {
        return new SampleCatalogLoader(repository, properties, clock.getIfAvailable(Clock::systemUTC));
    }
}
