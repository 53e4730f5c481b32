package org.fractalgoals.events.program;

import org.fractalgoals.events.personaldata.OwnedEvent;

import java.util.UUID;

/** Events of one program: the program itself, its blocks and their days. */
public sealed interface ProgramEvent extends OwnedEvent
        permits ProgramCreated, ProgramChanged, ProgramDeleted, ProgramBlockAdded, ProgramBlockChanged,
                ProgramBlockDeleted, BlockGoalAttached, BlockGoalDetached, ProgramDayAdded, ProgramDayChanged,
                ProgramDayDeleted {

    UUID fractalId();

    UUID programId();
}
