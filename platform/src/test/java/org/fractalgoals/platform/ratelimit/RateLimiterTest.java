package org.fractalgoals.platform.ratelimit;

import org.fractalgoals.platform.ratelimit.RateLimitProperties.Limit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterTest {

    private final RateLimiter limiter = new RateLimiter();

    @Test
    void a_bucket_lets_its_burst_through_then_says_how_long_to_wait() {
        Limit limit = new Limit(3L, 1L, Duration.ofMinutes(1));

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryConsume("user:a", limit)).isZero();
        }
        Duration wait = limiter.tryConsume("user:a", limit);

        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(wait).isGreaterThan(Duration.ofSeconds(50));
    }

    @Test
    void each_key_has_its_own_bucket() {
        Limit limit = new Limit(1L, 1L, Duration.ofMinutes(1));

        assertThat(limiter.tryConsume("user:a", limit)).isZero();
        assertThat(limiter.tryConsume("user:a", limit)).isPositive();
        assertThat(limiter.tryConsume("user:b", limit)).isZero();
    }

    @Test
    void a_sweep_forgets_buckets_that_are_full_again_and_keeps_the_others() throws InterruptedException {
        Limit slow = new Limit(2L, 1L, Duration.ofHours(1));
        limiter.tryConsume("used", slow);
        limiter.tryConsume("full", new Limit(2L, 2L, Duration.ofMillis(1)));
        Thread.sleep(20);

        limiter.sweep();

        assertThat(limiter.size()).isEqualTo(1);
        assertThat(limiter.tryConsume("used", slow)).isZero();
        assertThat(limiter.tryConsume("used", slow)).isPositive();
    }

    @Test
    void a_limit_must_be_positive() {
        Limit defaults = new Limit(5L, 5L, Duration.ofMinutes(1));
        assertThatThrownBy(() -> Limit.orDefault(new Limit(0L, null, null), defaults))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Limit.orDefault(new Limit(null, null, Duration.ZERO), defaults))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_client_address_is_the_last_forwarded_hop_or_the_peer() {
        MockHttpServletRequest direct = new MockHttpServletRequest();
        direct.setRemoteAddr("10.0.0.7");
        MockHttpServletRequest proxied = new MockHttpServletRequest();
        proxied.setRemoteAddr("127.0.0.1");
        proxied.addHeader("X-Forwarded-For", "6.6.6.6, 203.0.113.9");

        assertThat(ClientAddress.of(direct)).isEqualTo("10.0.0.7");
        assertThat(ClientAddress.of(proxied)).isEqualTo("203.0.113.9");
    }

    @Test
    void defaults_allow_bursts_of_2000_and_200_a_second_per_user() {
        RateLimitProperties defaults = new RateLimitProperties(true, null, null, null, null, null);

        assertThat(defaults.user()).isEqualTo(new Limit(2000L, 200L, Duration.ofSeconds(1)));
        assertThat(defaults.export()).isEqualTo(new Limit(5L, 5L, Duration.ofMinutes(1)));
        assertThat(defaults.replay()).isEqualTo(new Limit(1L, 1L, Duration.ofMinutes(1)));
        assertThat(defaults.imports()).isEqualTo(new Limit(10L, 10L, Duration.ofMinutes(10)));
    }

    @Test
    void a_part_of_a_limit_set_alone_keeps_the_rest_of_its_default() {
        RateLimitProperties properties = new RateLimitProperties(true, new Limit(50L, null, null), null, null,
                                                                 new Limit(null, null, Duration.ofSeconds(10)), null);

        assertThat(properties.user()).isEqualTo(new Limit(50L, 200L, Duration.ofSeconds(1)));
        assertThat(properties.replay()).isEqualTo(new Limit(1L, 1L, Duration.ofSeconds(10)));
    }
}
