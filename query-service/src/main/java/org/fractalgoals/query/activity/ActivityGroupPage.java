package org.fractalgoals.query.activity;

import java.util.List;

/** A page of a fractal's activity groups in their order; {@code nextCursor} is null on the last page. */
record ActivityGroupPage(List<ActivityGroupView> items, String nextCursor) {
}
