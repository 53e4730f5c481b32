package org.fractalgoals.platform.web;

import java.time.Instant;
import java.util.UUID;

/**
 * Keyset position in a list the user ordered (a fractal's activity groups): the position, creation time and id of
 * the last item of a page, the two last for items that share a position.
 */
public record PositionCursor(int position, Instant createdAt, UUID id) {

    public String encode() {
        return CursorText.encode(position + "|" + createdAt + "|" + id);
    }

    public static PositionCursor decode(String cursor) {
        return CursorText.decode(cursor, raw -> {
            String[] parts = raw.split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("not a position cursor");
            }
            return new PositionCursor(Integer.parseInt(parts[0]), Instant.parse(parts[1]), UUID.fromString(parts[2]));
        });
    }
}
