package org.fractalgoals.command.goal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fractalgoals.events.goal.GoalLevel;

import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/v1/fractals/{fractalId}/goals}; a missing level means the parent's next. */
record GoalRequest(@NotNull UUID parentId,
                   @NotBlank @Size(max = GoalText.NAME_MAX) String name,
                   @Size(max = GoalText.DESCRIPTION_MAX) String description,
                   GoalLevel level,
                   LocalDate deadline,
                   @Size(max = GoalText.RELEVANCE_MAX) String relevance) {
}
