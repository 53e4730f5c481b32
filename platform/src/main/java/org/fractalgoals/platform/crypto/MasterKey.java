package org.fractalgoals.platform.crypto;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/** Wraps and unwraps users' data keys; the master key itself never leaves configuration. */
public final class MasterKey {

    private final String id;
    private final SecretKey key;

    public MasterKey(String id, byte[] keyBytes) {
        if (keyBytes.length != 32) {
            throw new IllegalArgumentException("The master key must be 32 bytes (AES-256), base64-encoded");
        }
        this.id = id;
        this.key = new SecretKeySpec(keyBytes, "AES");
    }

    public static MasterKey from(CryptoProperties properties) {
        if (properties.masterKey() == null || properties.masterKey().isBlank()) {
            throw new IllegalStateException("fractal.crypto.master-key (FRACTAL_MASTER_KEY) is not set");
        }
        return new MasterKey(properties.masterKeyId(), Base64.getDecoder().decode(properties.masterKey().trim()));
    }

    public String id() {
        return id;
    }

    byte[] wrap(SecretKey dataKey, String ownerId) {
        return AesGcm.encrypt(key, dataKey.getEncoded(), ownerId.getBytes(StandardCharsets.UTF_8));
    }

    SecretKey unwrap(byte[] wrapped, String ownerId) {
        try {
            return new SecretKeySpec(AesGcm.decrypt(key, wrapped, ownerId.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A data key could not be unwrapped: wrong master key?", e);
        }
    }
}
