package jp.miyazaki.kyodo.catalog;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.nlu.MorphologicalAnalyzer;
import jp.miyazaki.kyodo.shared.RedisKeys;
import jp.miyazaki.kyodo.shared.RedisStore;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;
import tools.jackson.databind.json.JsonMapper;

/** A template on the shared embedded Redis and the catalog objects built on it, for the domain tests. */
public final class TestRedis {

    public static final MorphologicalAnalyzer ANALYZER = new MorphologicalAnalyzer();
    public static final JsonMapper JSON = new JsonMapper();

    private static StringRedisTemplate template;

    private TestRedis() {
    }

    /** A template on the shared server, emptied of every key. */
    public static synchronized StringRedisTemplate flushed() {
        if (template == null) {
            LettuceConnectionFactory factory = new LettuceConnectionFactory(
                    new RedisStandaloneConfiguration("127.0.0.1", RedisTestServer.shared().port()));
            factory.afterPropertiesSet();
            factory.start();
            template = new StringRedisTemplate(factory);
        }
        template.execute(connection -> {
            connection.serverCommands().flushAll();
            return null;
        }, true);
        return template;
    }

    /** The stores' view of the template: the default key prefix and JSON as the app has them. */
    public static RedisStore store(StringRedisTemplate redis) {
        return new RedisStore(redis, JSON, RedisKeys.DEFAULT);
    }

    public static CatalogRepository catalog(StringRedisTemplate redis) {
        return new CatalogRepository(redis, JSON, RedisKeys.DEFAULT, new SearchTerms(ANALYZER));
    }

    public static CatalogSearch search(CatalogRepository repository) {
        return new CatalogSearch(repository, new SearchTerms(ANALYZER), new NameMatcher(ANALYZER));
    }
}
