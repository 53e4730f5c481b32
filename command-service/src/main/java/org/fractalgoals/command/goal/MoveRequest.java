package org.fractalgoals.command.goal;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** Body of {@code POST …/goals/{goalId}/move}. */
record MoveRequest(@NotNull UUID parentId) {
}
