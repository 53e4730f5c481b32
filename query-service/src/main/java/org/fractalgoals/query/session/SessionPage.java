package org.fractalgoals.query.session;

import java.util.List;

/** A page of the session list; {@code nextCursor} is null on the last page. */
public record SessionPage(List<SessionSummary> items, String nextCursor) {
}
