package jp.miyazaki.kyodo.testsupport;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Plays LINE's memory of {@code X-Line-Retry-Key}: the first request with a key is answered by the stub, any
 * later one with 409, as LINE does. Can also hold back requests from the n-th on, to catch the app with a
 * request in flight. Applies to stubs that name {@link #NAME} as a transformer.
 */
public final class LineRetryKeys implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "line-retry-keys";

    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int holdFrom = Integer.MAX_VALUE;
    private volatile int holdMillis;

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
        int number = requests.incrementAndGet();
        String key = event.getRequest().getHeader("X-Line-Retry-Key");
        if (key != null && !accepted.add(key)) {
            return LineApiMock.json(409, "{\"message\":\"The retry key is already accepted\","
                    + "\"sentMessages\":[]}").build();
        }
        if (number >= holdFrom) {
            return ResponseDefinitionBuilder.like(event.getResponseDefinition()).withFixedDelay(holdMillis).build();
        }
        return event.getResponseDefinition();
    }

    /** Answers the {@code requestNumber}-th request (counting from 1) and every later one only after {@code hold}. */
    public void holdFrom(int requestNumber, Duration hold) {
        holdMillis = (int) hold.toMillis();
        holdFrom = requestNumber;
    }

    public void release() {
        holdFrom = Integer.MAX_VALUE;
    }

    /** Requests seen so far, including those still being held. */
    public int requests() {
        return requests.get();
    }

    public void forget() {
        accepted.clear();
        requests.set(0);
        release();
    }
}
