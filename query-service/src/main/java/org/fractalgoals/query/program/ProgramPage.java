package org.fractalgoals.query.program;

import java.util.List;

/** A page of programs; {@code nextCursor} is null on the last page. */
public record ProgramPage(List<ProgramView> items, String nextCursor) {
}
