package org.fractalgoals.events.activity;

import java.util.UUID;

/** A split as a command asks for it: {@code splitId} keeps an existing split (on a change), null adds one. */
public record SplitSpec(UUID splitId, String name) {
}
