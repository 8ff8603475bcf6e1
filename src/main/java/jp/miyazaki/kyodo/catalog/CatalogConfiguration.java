package jp.miyazaki.kyodo.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.util.function.SingletonSupplier;

import jp.miyazaki.kyodo.broadcast.CategoryNames;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.nlu.BilingualUnderstanding;
import jp.miyazaki.kyodo.nlu.Lexicon;
import jp.miyazaki.kyodo.nlu.MorphologicalAnalyzer;
import jp.miyazaki.kyodo.nlu.SearchWords;
import jp.miyazaki.kyodo.session.RedisSettings;
import tools.jackson.databind.json.JsonMapper;
import jp.miyazaki.kyodo.shared.RedisKeys;
import jp.miyazaki.kyodo.shared.RedisStore;

/** Wires the catalog; the analyzer and clock are shared with other features when they define them. */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

    @Bean
    RedisKeys domainRedisKeys(RedisSettings settings) {
        return new RedisKeys(settings.keyPrefix());
    }

    @Bean
    RedisStore domainRedisStore(StringRedisTemplate redis, ObjectProvider<JsonMapper> json, RedisKeys keys) {
        return new RedisStore(redis, json.getIfAvailable(JsonMapper::new), keys);
    }

    @Bean
    SearchTerms catalogSearchTerms(ObjectProvider<MorphologicalAnalyzer> analyzer, ObjectProvider<Lexicon> lexicon) {
        return new SearchTerms(analyzer.getIfAvailable(MorphologicalAnalyzer::new),
                lexicon.getIfAvailable(Lexicon::shipped));
    }

    @Bean
    NameMatcher catalogNameMatcher(ObjectProvider<MorphologicalAnalyzer> analyzer) {
        return new NameMatcher(analyzer.getIfAvailable(MorphologicalAnalyzer::new));
    }

    @Bean
    CatalogRepository catalogRepository(StringRedisTemplate redis, ObjectProvider<JsonMapper> json,
            RedisKeys keys, SearchTerms searchTerms) {
        return new CatalogRepository(redis, json.getIfAvailable(JsonMapper::new), keys, searchTerms);
    }

    @Bean
    CatalogSearch catalogSearch(CatalogRepository repository, SearchTerms searchTerms, NameMatcher names) {
        return new CatalogSearch(repository, searchTerms, names);
    }

    @Bean
    SimilarOpportunities similarOpportunities(CatalogRepository repository, SearchTerms searchTerms,
            ObjectProvider<Clock> clock) {
        return new SimilarOpportunities(repository, searchTerms, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    SampleCatalogLoader sampleCatalogLoader(CatalogRepository repository, CatalogProperties properties,
            ObjectProvider<Clock> clock, ApplicationEventPublisher events) {
        return new SampleCatalogLoader(repository, properties, clock.getIfAvailable(Clock::systemUTC), events);
    }

    /**
     * The understanding is looked up at the first search, not at start-up (it knows the catalog's names, so it is
     * built after the catalog), and only once: a bean lookup costs more than reading the message.
     */
    @Bean
    CatalogActions catalogActions(CatalogRepository repository, CatalogSearch search, Availability availability,
            Wording wording, ObjectProvider<BilingualUnderstanding> understanding) {
        SingletonSupplier<BilingualUnderstanding> reader = SingletonSupplier.of(understanding::getIfAvailable);
        return new CatalogActions(repository, search, availability, wording, text -> {
            BilingualUnderstanding available = reader.get();
            // Without an understanding (slices of the app), the message is looked for as written.
            return available == null ? new SearchWords(Set.of(), List.of(text)) : available.searchWords(text);
        });
    }

    @Bean
    OpportunityNoticeCards opportunityNoticeCards(CatalogRepository repository, CatalogActions actions) {
        return new OpportunityNoticeCards(repository, actions);
    }

    @Bean
    CatalogBroadcastChoices catalogBroadcastChoices(CatalogRepository repository) {
        return new CatalogBroadcastChoices(repository);
    }

    /** Broadcasts name the categories of their segment as staff chose them (audit log, console). */
    @Bean
    CategoryNames categoryNames() {
        return id -> Category.parse(id).map(Category::label).orElse(id);
    }
}
