package org.fractalgoals.query.history;

import java.util.List;

/** A page of a goal's history, oldest first; {@code nextCursor} is null on the last page. */
public record GoalHistoryPage(List<GoalHistoryEntry> items, String nextCursor) {
}
