package org.fractalgoals.query.note;

import org.fractalgoals.platform.errors.RuleViolationException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Keyset position in the newest-first note list: creation time and id of a page's last note; opaque and URL-safe. */
record NoteCursor(Instant createdAt, UUID id) {

    String encode() {
        String raw = createdAt.toString() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static NoteCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new NoteCursor(Instant.parse(raw.substring(0, bar)), UUID.fromString(raw.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw new RuleViolationException("cursor", "Is not a cursor this API returned");
        }
    }
}
