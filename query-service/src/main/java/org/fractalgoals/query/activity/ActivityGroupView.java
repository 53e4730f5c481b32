package org.fractalgoals.query.activity;

import java.util.UUID;

/** One group in a fractal's group order; {@code position} counts from 0. */
record ActivityGroupView(UUID id, String name, String description, int position) {
}
