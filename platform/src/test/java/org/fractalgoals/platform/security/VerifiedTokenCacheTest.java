package org.fractalgoals.platform.security;

import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cache skips only the signature check of a token it has verified, and never accepts what the decoder would not. */
class VerifiedTokenCacheTest {

    private final MovableClock clock = new MovableClock(Instant.now());
    private final JwtTimestampValidator expiry = timestamps(clock);
    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final VerifiedTokenCache cache = new VerifiedTokenCache(counting(decoder(expiry)), expiry, 3);

    @Test
    void the_same_token_is_verified_once_and_answered_from_memory_afterwards() {
        String token = TestTokens.forUser("user-1");

        Jwt first = cache.decode(token);
        Jwt second = cache.decode(token);

        assertThat(second).isSameAs(first);
        assertThat(second.getSubject()).isEqualTo("user-1");
        assertThat(signatureChecks).hasValue(1);
    }

    @Test
    void a_remembered_token_is_refused_once_it_has_expired() {
        String token = TestTokens.forUser("user-1");
        cache.decode(token);

        clock.advance(Duration.ofMinutes(6));

        assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(JwtValidationException.class)
                                                      .hasMessageContaining("expired");
        assertThat(cache.size()).isZero();
    }

    @Test
    void a_token_that_differs_from_a_verified_one_goes_to_the_decoder_and_is_refused() {
        cache.decode(TestTokens.forUser("user-1"));

        assertThatThrownBy(() -> cache.decode(TestTokens.signedByAnotherKey("user-1")))
                .isInstanceOf(BadJwtException.class);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void refused_tokens_are_not_remembered() {
        String expired = TestTokens.expired("user-1");

        assertThatThrownBy(() -> cache.decode(expired)).isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> cache.decode(expired)).isInstanceOf(JwtValidationException.class);
        assertThat(signatureChecks).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void past_its_capacity_the_cache_starts_over_and_still_answers() {
        for (int i = 0; i < 4; i++) {
            cache.decode(TestTokens.forUser("user-" + i));
        }
        assertThat(cache.size()).isEqualTo(1);

        String token = TestTokens.forUser("user-9");
        assertThat(cache.decode(token).getSubject()).isEqualTo("user-9");
        assertThat(cache.decode(token).getSubject()).isEqualTo("user-9");
        assertThat(signatureChecks).hasValue(5);
    }

    private JwtDecoder counting(JwtDecoder decoder) {
        return token -> {
            signatureChecks.incrementAndGet();
            return decoder.decode(token);
        };
    }

    /** Trusts the key of {@link TestTokens}, and checks only the token's times, against the test's clock. */
    private static NimbusJwtDecoder decoder(JwtTimestampValidator validator) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(testTokensKey()).build();
        decoder.setJwtValidator(validator);
        return decoder;
    }

    private static RSAPublicKey testTokensKey() {
        try {
            return ResourceServerConfiguration.readPublicKey(new FileSystemResource(TestTokens.publicKeyFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JwtTimestampValidator timestamps(Clock clock) {
        JwtTimestampValidator validator = new JwtTimestampValidator(Duration.ZERO);
        validator.setClock(clock);
        return validator;
    }

    /** A clock the test moves on. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
