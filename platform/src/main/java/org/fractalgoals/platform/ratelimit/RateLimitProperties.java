package org.fractalgoals.platform.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How many requests each caller may make ({@code fractal.rate-limits.*}). The defaults never get in a normal user's
 * way: a person clicking through the app makes a few requests a second, a busy page a few dozen at once. Any part of
 * a limit may be set alone (say only {@code user.capacity}); the rest keeps its default.
 *
 * @param enabled  off only for load tests that measure the services themselves
 * @param user     every API call of one signed-in user
 * @param address  API calls without a token, per client address (the last X-Forwarded-For hop, set by the web entry)
 * @param export   data exports of one user (each reads the user's whole event stream)
 * @param replay   read-model rebuilds started by one admin (each reads the whole event store)
 * @param imports  imports of v1.2 files started by one user or admin (each uploads and replays a whole database)
 */
@ConfigurationProperties("fractal.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, Limit user, Limit address, Limit export,
                                  Limit replay, Limit imports) {

    static final Limit USER = new Limit(2000L, 200L, Duration.ofSeconds(1));
    static final Limit ADDRESS = new Limit(100L, 20L, Duration.ofSeconds(1));
    static final Limit EXPORT = new Limit(5L, 5L, Duration.ofMinutes(1));
    static final Limit REPLAY = new Limit(1L, 1L, Duration.ofMinutes(1));
    static final Limit IMPORTS = new Limit(10L, 10L, Duration.ofMinutes(10));

    public RateLimitProperties {
        user = Limit.orDefault(user, USER);
        address = Limit.orDefault(address, ADDRESS);
        export = Limit.orDefault(export, EXPORT);
        replay = Limit.orDefault(replay, REPLAY);
        imports = Limit.orDefault(imports, IMPORTS);
    }

    /** A bucket of {@code capacity} requests (the burst), refilled by {@code refill} requests every {@code period}. */
    public record Limit(Long capacity, Long refill, Duration period) {

        static Limit orDefault(Limit configured, Limit defaults) {
            Limit limit = configured == null ? defaults : new Limit(
                    configured.capacity != null ? configured.capacity : defaults.capacity,
                    configured.refill != null ? configured.refill : defaults.refill,
                    configured.period != null ? configured.period : defaults.period);
            if (limit.capacity < 1 || limit.refill < 1 || limit.period.isNegative() || limit.period.isZero()) {
                throw new IllegalArgumentException("A rate limit needs a positive capacity, refill and period");
            }
            return limit;
        }
    }
}
