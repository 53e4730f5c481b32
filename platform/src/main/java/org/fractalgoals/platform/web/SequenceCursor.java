package org.fractalgoals.platform.web;

/**
 * Keyset position in an oldest-first list of one aggregate's events (a goal's history): the sequence number of
 * the last item of a page.
 */
public record SequenceCursor(long sequence) {

    public SequenceCursor {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative");
        }
    }

    public String encode() {
        return CursorText.encode(Long.toString(sequence));
    }

    public static SequenceCursor decode(String cursor) {
        return CursorText.decode(cursor, raw -> new SequenceCursor(Long.parseLong(raw)));
    }
}
