package org.fractalgoals.platform.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.fractalgoals.platform.ratelimit.RateLimitProperties.Limit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Token buckets kept in this instance's memory, one per key. Each service instance limits on its own: with n
 * instances behind a balancer a caller may get up to n times the rate, which is fine for limits meant to stop
 * runaway clients rather than to meter use. Buckets that have refilled completely carry no information and are
 * dropped now and then, so the map only holds callers that were active lately.
 */
public class RateLimiter {

    private static final int SWEEP_EVERY = 10_000;

    private record Limited(Bucket bucket, long capacity) {
    }

    private final Map<String, Limited> buckets = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();

    /** Zero when the request may go ahead; otherwise how long until the bucket holds a token again. */
    public Duration tryConsume(String key, Limit limit) {
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            sweep();
        }
        Limited limited = buckets.computeIfAbsent(key, ignored -> new Limited(
                Bucket.builder().addLimit(Bandwidth.builder().capacity(limit.capacity())
                                                   .refillGreedy(limit.refill(), limit.period()).build()).build(),
                limit.capacity()));
        ConsumptionProbe probe = limited.bucket().tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    int size() {
        return buckets.size();
    }

    void sweep() {
        buckets.values().removeIf(limited -> limited.bucket().getAvailableTokens() >= limited.capacity());
    }
}
