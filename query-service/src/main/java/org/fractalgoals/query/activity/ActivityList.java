package org.fractalgoals.query.activity;

import java.util.List;

/** A page of a fractal's activities by name, case-insensitively; {@code nextCursor} is null on the last page. */
record ActivityList(List<ActivityView> items, String nextCursor) {
}
