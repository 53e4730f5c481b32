package org.fractalgoals.platform.web;

import java.time.Instant;
import java.util.UUID;

/**
 * Keyset position in a newest-first list: the sort time and id of the last item of a page. Every newest-first
 * list of the API uses it.
 */
public record ListCursor(Instant at, UUID id) {

    public String encode() {
        return CursorText.encode(at.toString() + "|" + id);
    }

    public static ListCursor decode(String cursor) {
        return CursorText.decode(cursor, raw -> {
            int bar = raw.indexOf('|');
            return new ListCursor(Instant.parse(raw.substring(0, bar)), UUID.fromString(raw.substring(bar + 1)));
        });
    }
}
