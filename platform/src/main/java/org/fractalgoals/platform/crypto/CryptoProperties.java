package org.fractalgoals.platform.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The master key that wraps every user's data key. {@code masterKeyId} is stored beside each wrapped key
 * so that a later rotation can tell which master key wrapped it.
 *
 * @param masterKey   base64 of 32 random bytes
 * @param masterKeyId a short name for that key; {@value #DEV_KEY_ID} marks the key shipped for local runs
 */
@ConfigurationProperties("fractal.crypto")
public record CryptoProperties(String masterKey, String masterKeyId) {

    public static final String DEV_KEY_ID = "dev-only-not-secret";

    public boolean isDevelopmentKey() {
        return DEV_KEY_ID.equals(masterKeyId);
    }
}
