package jp.miyazaki.kyodo.bench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * LINE's multicast rate limit, strictly: at most {@code limit} requests in any sliding second; the rest get
 * LINE's rate-limit 429. Counts what it accepted and refused.
 */
final class LineRateLimit implements ResponseDefinitionTransformerV2 {

    static final String NAME = "line-rate-limit";

    private final int limit;
    private final Deque<Long> accepted = new ArrayDeque<>();
    private final AtomicLong acceptedCount = new AtomicLong();
    private final AtomicLong refusedCount = new AtomicLong();

    LineRateLimit(int limit) {
        this.limit = limit;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        long now = System.nanoTime();
        synchronized (accepted) {
            while (!accepted.isEmpty() && now - accepted.peekFirst() >= 1_000_000_000L) {
                accepted.pollFirst();
            }
            if (accepted.size() >= limit) {
                refusedCount.incrementAndGet();
                return new ResponseDefinitionBuilder().withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"The API rate limit has been exceeded. Try again later.\"}")
                        .build();
            }
            accepted.addLast(now);
        }
        acceptedCount.incrementAndGet();
        return event.getResponseDefinition();
    }

    long accepted() {
        return acceptedCount.get();
    }

    long refused() {
        return refusedCount.get();
    }

    void reset() {
        synchronized (accepted) {
            accepted.clear();
        }
        acceptedCount.set(0);
        refusedCount.set(0);
    }
}
