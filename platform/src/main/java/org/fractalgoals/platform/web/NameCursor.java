package org.fractalgoals.platform.web;

import java.util.UUID;

/**
 * Keyset position in a list sorted by name, case-insensitively and then by id (a fractal's activities): the name
 * and id of the last item of a page.
 */
public record NameCursor(String name, UUID id) {

    public String encode() {
        // The id first: it has a fixed form, so the name may hold any character.
        return CursorText.encode(id + "|" + name);
    }

    public static NameCursor decode(String cursor) {
        return CursorText.decode(cursor, raw -> {
            int bar = raw.indexOf('|');
            return new NameCursor(raw.substring(bar + 1), UUID.fromString(raw.substring(0, bar)));
        });
    }
}
