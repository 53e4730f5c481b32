package org.fractalgoals.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.BadJwtException;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cache skips only the signature check of a token it has verified, and never accepts what the decoder would not. */
class VerifiedTokenCacheTest {

    private static final KeyPair KEYS = rsaKeys();
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final JwtTimestampValidator expiry = timestamps(clock);
    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final VerifiedTokenCache cache = new VerifiedTokenCache(counting(decoder(expiry)), expiry, 3);

    @Test
    void the_same_token_is_verified_once_and_answered_from_memory_afterwards() throws Exception {
        String token = sign("user-1", NOW.plusSeconds(300));

        Jwt first = cache.decode(token);
        Jwt second = cache.decode(token);

        assertThat(second).isSameAs(first);
        assertThat(second.getSubject()).isEqualTo("user-1");
        assertThat(signatureChecks).hasValue(1);
    }

    @Test
    void a_remembered_token_is_refused_once_it_has_expired() throws Exception {
        String token = sign("user-1", NOW.plusSeconds(60));
        cache.decode(token);

        clock.advance(Duration.ofSeconds(61));

        assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(JwtValidationException.class)
                                                      .hasMessageContaining("expired");
        assertThat(cache.size()).isZero();
    }

    @Test
    void a_token_that_differs_from_a_verified_one_goes_to_the_decoder_and_is_refused() throws Exception {
        String token = sign("user-1", NOW.plusSeconds(300));
        cache.decode(token);
        String[] parts = token.split("\\.");
        String otherClaims = sign("admin", NOW.plusSeconds(300)).split("\\.")[1];
        String forged = parts[0] + "." + otherClaims + "." + parts[2];

        assertThatThrownBy(() -> cache.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void refused_tokens_are_not_remembered() throws Exception {
        String expired = sign("user-1", NOW.minusSeconds(10));

        assertThatThrownBy(() -> cache.decode(expired)).isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> cache.decode(expired)).isInstanceOf(JwtValidationException.class);
        assertThat(signatureChecks).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void past_its_capacity_the_cache_starts_over_and_still_answers() throws Exception {
        for (int i = 0; i < 4; i++) {
            cache.decode(sign("user-" + i, NOW.plusSeconds(300)));
        }
        assertThat(cache.size()).isEqualTo(1);

        String token = sign("user-9", NOW.plusSeconds(300));
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

    private static NimbusJwtDecoder decoder(JwtTimestampValidator validator) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
        decoder.setJwtValidator(validator);
        return decoder;
    }

    private static JwtTimestampValidator timestamps(Clock clock) {
        JwtTimestampValidator validator = new JwtTimestampValidator(Duration.ZERO);
        validator.setClock(clock);
        return validator;
    }

    private static String sign(String subject, Instant expiresAt) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).issueTime(Date.from(expiresAt.minusSeconds(600)))
                                                        .expirationTime(Date.from(expiresAt)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(KEYS.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
