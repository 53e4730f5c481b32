package org.fractalgoals.platform.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How many requests each caller may make ({@code fractal.rate-limits.*}). The defaults never get in a normal user's
 * way: a person clicking through the app makes a few requests a second, a busy page a few dozen at once.
 *
 * @param enabled  off only for load tests that measure the services themselves
 * @param user     every API call of one signed-in user
 * @param address  API calls without a token, per client address (the last X-Forwarded-For hop, set by the web entry)
 * @param export   data exports of one user (each reads the user's whole event stream)
 * @param replay   read-model rebuilds started by one admin (each reads the whole event store)
 */
@ConfigurationProperties("fractal.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, Limit user, Limit address, Limit export,
                                  Limit replay) {

    public RateLimitProperties {
        user = user != null ? user : new Limit(2000, 200, Duration.ofSeconds(1));
        address = address != null ? address : new Limit(100, 20, Duration.ofSeconds(1));
        export = export != null ? export : new Limit(5, 5, Duration.ofMinutes(1));
        replay = replay != null ? replay : new Limit(1, 1, Duration.ofMinutes(1));
    }

    /** A bucket of {@code capacity} requests (the burst), refilled by {@code refill} requests every {@code period}. */
    public record Limit(long capacity, long refill, Duration period) {

        public Limit {
            if (capacity < 1 || refill < 1 || period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("A rate limit needs a positive capacity, refill and period");
            }
        }
    }
}
