package org.fractalgoals.command.importing;

import org.fractalgoals.command.importing.v1.V1Database;

/**
 * One part of a v1.2 import (goals, the activity catalogue, templates, programs, sessions). The steps run one
 * after another in their {@link org.springframework.core.annotation.Order}, so a step may rely on what earlier
 * steps imported (through {@link ImportContext#imported} and {@link ImportContext#idOf}).
 */
public interface ImportStep {

    /** Replays the step's rows of {@code source} as commands through {@code context}. */
    void run(V1Database source, ImportContext context);

    /** How many source rows the step handles, for progress ({@code processed} of {@code total}). */
    int rows(V1Database source);
}
