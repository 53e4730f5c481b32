package org.fractalgoals.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs access tokens shaped like Keycloak's with a key made for this test JVM. Services under test trust the
 * public key through {@code fractal.security.public-key-location}, and check issuer, audience and expiry as
 * they would for Keycloak's tokens.
 */
public final class TestTokens {

    public static final String ISSUER = "http://localhost:8180/realms/fractal-goals";
    public static final String AUDIENCE = "fractal-api";
    private static final KeyPair KEYS = generate();
    private static Path publicKeyFile;

    private TestTokens() {
    }

    /** A fresh user id, as Keycloak's {@code sub} would be. */
    public static String newUserId() {
        return UUID.randomUUID().toString();
    }

    public static String forUser(String subject, String... roles) {
        return sign(subject, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)), roles);
    }

    public static String expired(String subject) {
        return sign(subject, ISSUER, AUDIENCE, Instant.now().minus(Duration.ofMinutes(5)), "user");
    }

    public static String withIssuer(String subject, String issuer) {
        return sign(subject, issuer, AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)), "user");
    }

    public static String withAudience(String subject, String audience) {
        return sign(subject, ISSUER, audience, Instant.now().plus(Duration.ofMinutes(5)), "user");
    }

    /** A token that looks right in every claim but was signed by a key the services do not trust. */
    public static String signedByAnotherKey(String subject) {
        return sign(generate(), subject, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)), "user");
    }

    /** A file holding the PEM public key, made once per JVM. */
    public static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("fractal-test-key", ".pem");
                file.toFile().deleteOnExit();
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Files.writeString(file, pem);
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile;
    }

    private static String sign(String subject, String issuer, String audience, Instant expiry, String... roles) {
        return sign(KEYS, subject, issuer, audience, expiry, roles);
    }

    private static String sign(KeyPair keys, String subject, String issuer, String audience, Instant expiry,
                               String... roles) {
        Instant issued = expiry.minus(Duration.ofMinutes(10));
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer)
                .audience(List.of(audience))
                .issueTime(Date.from(issued))
                .notBeforeTime(Date.from(issued))
                .expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString())
                .claim("realm_access", Map.of("roles", roles.length == 0 ? List.of("user") : List.of(roles)))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
