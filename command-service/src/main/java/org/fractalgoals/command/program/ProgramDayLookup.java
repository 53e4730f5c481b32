package org.fractalgoals.command.program;

import java.util.UUID;

/** Whether a program day exists in a fractal, for features that link to days (sessions). */
public interface ProgramDayLookup {

    boolean dayExists(UUID fractalId, UUID dayId);
}
