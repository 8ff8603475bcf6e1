package jp.miyazaki.kyodo.session;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A LINE channel but no Redis: each instance would start its own embedded Redis and citizens' data would be
 * split between them, so the app refuses to start ({@link RedisEnvironment}). Reported by {@link Analyzer} as one line, without a stack trace.
 */
public final class ProductionWithoutRedis extends RuntimeException {

    static final String MESSAGE = "LINE_CHANNEL_SECRET and LINE_CHANNEL_TOKEN are set but no Redis is: set REDIS_URL "
            + "(or SPRING_DATA_REDIS_SENTINEL_MASTER and _NODES, or SPRING_DATA_REDIS_CLUSTER_NODES), "
            + "or KYODO_EMBEDDED_REDIS=true to run on an embedded Redis of this instance alone.";

    ProductionWithoutRedis() {
        super(MESSAGE);
    }

    /** Registered in META-INF/spring.factories. */
    public static final class Analyzer extends AbstractFailureAnalyzer<ProductionWithoutRedis> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, ProductionWithoutRedis cause) {
            return new FailureAnalysis(MESSAGE, "Set REDIS_URL.", cause);
        }
    }
}
