package org.fractalgoals.query.goal;

import java.util.List;

/** A page of the list answer; {@code nextCursor} is null on the last page. */
public record FractalPage(List<FractalSummary> items, String nextCursor) {
}
