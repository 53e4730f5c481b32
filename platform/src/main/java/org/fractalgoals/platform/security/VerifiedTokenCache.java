package org.fractalgoals.platform.security;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers tokens whose signature was verified, so that the next request with the very same token skips the RSA
 * check (about 6 % of the command-service's CPU per request under load; a client sends one token many times). A
 * remembered token is validated again on every use (expiry, issuer, audience), so it stops working the moment the
 * decoder itself would refuse it. Only an exact copy of a verified token string hits; anything else goes to the
 * decoder. Tokens stay in memory only, never in logs.
 */
final class VerifiedTokenCache implements JwtDecoder {

    /** Enough for every user active in a token's lifetime on one instance; a few MB at most. */
    static final int DEFAULT_CAPACITY = 2_000;

    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> validator;
    private final int capacity;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokenCache(JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator, int capacity) {
        this.decoder = decoder;
        this.validator = validator;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        if (known != null) {
            if (!validator.validate(known).hasErrors()) {
                return known;
            }
            // Expired meanwhile: the decoder refuses it with its usual error.
            verified.remove(token);
        }
        Jwt decoded = decoder.decode(token);
        if (verified.size() >= capacity) {
            // Rare (more distinct live tokens than the capacity): starting over costs one RSA check per token.
            verified.clear();
        }
        verified.put(token, decoded);
        return decoded;
    }

    int size() {
        return verified.size();
    }
}
