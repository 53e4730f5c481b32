package org.fractalgoals.query.note;

import java.util.List;

/** A page of notes; {@code nextCursor} is null on the last page. */
public record NotePage(List<NoteView> items, String nextCursor) {
}
