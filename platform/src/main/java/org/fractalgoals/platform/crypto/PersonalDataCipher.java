package org.fractalgoals.platform.crypto;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;

/**
 * Encrypts one text value for one owner. The stored form is {@code pd1:<base64url(nonce + ciphertext)>};
 * the prefix names the format so that a later format can be read beside this one.
 */
public class PersonalDataCipher {

    /** What a value reads as once its owner's key is gone. Part of the export and API documentation. */
    public static final String ERASED = "[erased]";
    static final String PREFIX = "pd1:";

    private final DataKeyStore keys;

    public PersonalDataCipher(DataKeyStore keys) {
        this.keys = keys;
    }

    public String encrypt(String ownerId, String plain) {
        SecretKey key = keys.keyForWriting(ownerId);
        byte[] sealed = AesGcm.encrypt(key, plain.getBytes(StandardCharsets.UTF_8), aad(ownerId));
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
    }

    public String decrypt(String ownerId, String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not an encrypted personal-data value");
        }
        Optional<SecretKey> key = keys.keyForReading(ownerId);
        if (key.isEmpty()) {
            return ERASED;
        }
        try {
            byte[] sealed = Base64.getUrlDecoder().decode(stored.substring(PREFIX.length()));
            return new String(AesGcm.decrypt(key.get(), sealed, aad(ownerId)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A personal-data value failed authentication", e);
        }
    }

    private static byte[] aad(String ownerId) {
        return ownerId.getBytes(StandardCharsets.UTF_8);
    }
}
