package org.fractalgoals.query.activity;

import java.util.List;

/** A fractal's activities by name, case-insensitively (not paged: a fractal holds tens of them). */
record ActivityList(List<ActivityView> items) {
}
