package org.fractalgoals.query.program;

import org.axonframework.config.ProcessingGroup;
import org.fractalgoals.query.replay.ReadModelTables;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalDeadlineChanged;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.events.program.BlockGoalAttached;
import org.fractalgoals.events.program.BlockGoalDetached;
import org.fractalgoals.events.program.FindActiveProgramDays;
import org.fractalgoals.events.program.FindProgram;
import org.fractalgoals.events.program.FindPrograms;
import org.fractalgoals.events.program.ProgramBlockAdded;
import org.fractalgoals.events.program.ProgramBlockChanged;
import org.fractalgoals.events.program.ProgramBlockDeleted;
import org.fractalgoals.events.program.ProgramChanged;
import org.fractalgoals.events.program.ProgramCreated;
import org.fractalgoals.events.program.ProgramDayAdded;
import org.fractalgoals.events.program.ProgramDayChanged;
import org.fractalgoals.events.program.ProgramDayDeleted;
import org.fractalgoals.events.program.ProgramDeleted;
import org.fractalgoals.events.program.ProgramEvent;
import org.fractalgoals.events.session.SessionCompleted;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionDeleted;
import org.fractalgoals.events.session.SessionReopened;
import org.fractalgoals.events.session.SessionStartChanged;
import org.fractalgoals.query.erasure.OwnerFractals;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The "programs" read model: programs with their blocks and days; from the session streams, the sessions created
 * for program days (so a day's completion follows completions, reopenings and deletions at any time); from the
 * fractal streams, goal deadlines. Program events are skipped at or below the program's version, session events at
 * or below the linked session's, deadline changes at or below the goal's, so redelivery changes nothing.
 */
@Component
@ReadModelTables({"program", "program_block", "program_block_goal", "program_day", "program_session", "program_goal"})
@ProcessingGroup(ProgramProjection.GROUP)
class ProgramProjection {

    static final String GROUP = "programs";
    private final ProgramRepository programs;
    private final OwnerFractals owners;
    private final Clock clock;

    ProgramProjection(ProgramRepository programs, Clock clock, OwnerFractals owners) {
        this.programs = programs;
        this.owners = owners;
        this.clock = clock;
    }

    @EventHandler
    void on(ProgramEvent event, @SequenceNumber long sequence) {
        if (event instanceof ProgramCreated created) {
            programs.insertProgram(created, sequence);
            return;
        }
        if (!programs.advance(event.programId(), sequence, event.occurredAt())) {
            return;
        }
        switch (event) {
            case ProgramCreated e -> throw new IllegalStateException("handled above");
            case ProgramChanged e -> programs.changeProgram(e);
            case ProgramDeleted e -> programs.deleteProgram(e.programId(), e.occurredAt());
            case ProgramBlockAdded e -> programs.insertBlock(e);
            case ProgramBlockChanged e -> programs.changeBlock(e);
            case ProgramBlockDeleted e -> programs.deleteBlock(e.blockId());
            case BlockGoalAttached e -> programs.attachGoal(e.blockId(), e.goalId(), sequence);
            case BlockGoalDetached e -> programs.detachGoal(e.blockId(), e.goalId());
            case ProgramDayAdded e -> programs.insertDay(e);
            case ProgramDayChanged e -> programs.changeDay(e.dayId(), e.name(), e.templateIds());
            case ProgramDayDeleted e -> programs.deleteDay(e.dayId());
        }
    }

    @EventHandler
    void on(SessionCreated event, @SequenceNumber long sequence) {
        if (event.programDayId() != null) {
            programs.insertSession(event, sequence);
        }
    }

    @EventHandler
    void on(SessionStartChanged event, @SequenceNumber long sequence) {
        programs.updateSession(event.sessionId(), sequence, "started_at = ?",
                               event.startedAt() == null ? null : Timestamp.from(event.startedAt()));
    }

    @EventHandler
    void on(SessionCompleted event, @SequenceNumber long sequence) {
        programs.updateSession(event.sessionId(), sequence, "completed = ?", true);
    }

    @EventHandler
    void on(SessionReopened event, @SequenceNumber long sequence) {
        programs.updateSession(event.sessionId(), sequence, "completed = ?", false);
    }

    @EventHandler
    void on(SessionDeleted event, @SequenceNumber long sequence) {
        programs.updateSession(event.sessionId(), sequence, "deleted = ?", true);
    }

    @EventHandler
    void on(GoalCreated event, @SequenceNumber long sequence) {
        programs.insertGoal(event.fractalId(), event.goalId(), event.deadline(), sequence);
    }

    @EventHandler
    void on(GoalDeadlineChanged event, @SequenceNumber long sequence) {
        programs.changeDeadline(event.goalId(), event.deadline(), sequence);
    }

    @EventHandler
    void on(GoalDeleted event) {
        programs.deleteGoals(event.removedGoalIds());
    }

    @EventHandler
    void on(FractalDeleted event) {
        programs.deleteFractal(event.fractalId());
    }

    @EventHandler
    void on(AccountErased event) {
        programs.erase(owners.erasing(event.ownerId()));
    }

    @QueryHandler
    ProgramPage handle(FindPrograms query) {
        return programs.page(query.fractalId(), query.limit(), query.cursor(), today());
    }

    @QueryHandler
    Optional<ProgramView> handle(FindProgram query) {
        return programs.find(query.fractalId(), query.programId(), today());
    }

    @QueryHandler
    ActiveProgramDays handle(FindActiveProgramDays query) {
        return programs.activeDays(query.fractalId(), query.date(), query.limit(), query.cursor());
    }

    /** Blocks are active when today (UTC) lies inside them. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
