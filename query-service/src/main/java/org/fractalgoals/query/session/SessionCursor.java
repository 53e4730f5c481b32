package org.fractalgoals.query.session;

import org.fractalgoals.platform.errors.RuleViolationException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Keyset position in the newest-first session list: the sort time and id of a page's last session; opaque and URL-safe. */
record SessionCursor(Instant sortAt, UUID id) {

    String encode() {
        String raw = sortAt.toString() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static SessionCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new SessionCursor(Instant.parse(raw.substring(0, bar)), UUID.fromString(raw.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw new RuleViolationException("cursor", "Is not a cursor this API returned");
        }
    }
}
