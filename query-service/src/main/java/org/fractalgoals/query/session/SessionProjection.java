package org.fractalgoals.query.session;

import org.axonframework.config.ProcessingGroup;
import org.fractalgoals.query.replay.ReadModelTables;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.goal.TargetAdded;
import org.fractalgoals.events.goal.TargetChanged;
import org.fractalgoals.events.goal.TargetRemoved;
import org.fractalgoals.events.goal.TargetReopened;
import org.fractalgoals.events.program.ProgramBlockDeleted;
import org.fractalgoals.events.program.ProgramDayDeleted;
import org.fractalgoals.events.program.ProgramDeleted;
import org.fractalgoals.events.session.ActivityInstanceAdded;
import org.fractalgoals.events.session.ActivityInstanceMoved;
import org.fractalgoals.events.session.ActivityInstanceRemoved;
import org.fractalgoals.events.session.FindSession;
import org.fractalgoals.events.session.FindSessions;
import org.fractalgoals.events.session.InstanceNoteChanged;
import org.fractalgoals.events.session.InstanceTimesSet;
import org.fractalgoals.events.session.SessionCompleted;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionDeleted;
import org.fractalgoals.events.session.SessionDescriptionChanged;
import org.fractalgoals.events.session.SessionEvent;
import org.fractalgoals.events.session.SessionGoalsLinked;
import org.fractalgoals.events.session.SessionGoalsUnlinked;
import org.fractalgoals.events.session.SessionRenamed;
import org.fractalgoals.events.session.SessionReopened;
import org.fractalgoals.events.session.SessionSectionAdded;
import org.fractalgoals.events.session.SessionStartChanged;
import org.fractalgoals.events.session.SetsRecorded;
import org.fractalgoals.events.session.TimerReset;
import org.fractalgoals.events.session.TimerStarted;
import org.fractalgoals.events.session.TimerStopped;
import org.fractalgoals.events.session.ValuesRecorded;
import org.fractalgoals.query.erasure.OwnerFractals;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The sessions read model: every event of the session streams, and from the fractal streams what a session
 * shows of goals (deleted goals lose their links, a deleted fractal takes its sessions along) and targets
 * (their names, and which session achieved them). Session events are skipped at or below the session's
 * version, fractal events at or below the fractal's last applied sequence number, so redelivery changes nothing.
 */
@Component
@ReadModelTables({"session", "session_section", "session_instance", "session_goal", "session_target", "session_achieved_target", "session_fractal", "session_removed_goal"})
@ProcessingGroup(SessionProjection.GROUP)
class SessionProjection {

    static final String GROUP = "sessions";
    private final SessionRepository sessions;
    private final OwnerFractals owners;

    SessionProjection(SessionRepository sessions, OwnerFractals owners) {
        this.sessions = sessions;
        this.owners = owners;
    }

    @EventHandler
    void on(SessionEvent event, @SequenceNumber long sequence) {
        if (event instanceof SessionCreated created) {
            sessions.insertSession(created, sequence);
            return;
        }
        if (!sessions.advance(event.sessionId(), sequence, event.occurredAt())) {
            return;
        }
        switch (event) {
            case SessionCreated e -> throw new IllegalStateException("handled above");
            case SessionRenamed e -> sessions.rename(e.sessionId(), e.name());
            case SessionDescriptionChanged e -> sessions.describe(e.sessionId(), e.description());
            case SessionStartChanged e -> sessions.changeStart(e.sessionId(), e.startedAt(), e.endedAt());
            case SessionGoalsLinked e -> sessions.linkGoals(e.sessionId(), e.goalIds());
            case SessionGoalsUnlinked e -> sessions.unlinkGoals(e.sessionId(), e.goalIds());
            case SessionSectionAdded e -> sessions.insertSection(e.sessionId(), e.section(), e.name(), e.plannedMinutes());
            case ActivityInstanceAdded e -> sessions.addInstance(e.sessionId(), e.instanceId(), e.activityId(), e.section(),
                                                                 e.position(), e.occurredAt());
            case ActivityInstanceRemoved e -> sessions.removeInstance(e.sessionId(), e.instanceId());
            case ActivityInstanceMoved e -> sessions.moveInstance(e.sessionId(), e.instanceId(), e.section(), e.position());
            case TimerStarted e -> sessions.setTimes(e.instanceId(), e.startedAt(), null);
            case TimerStopped e -> sessions.stopTimer(e.instanceId(), e.stoppedAt());
            case TimerReset e -> sessions.setTimes(e.instanceId(), null, null);
            case InstanceTimesSet e -> sessions.setTimes(e.instanceId(), e.startedAt(), e.stoppedAt());
            case SetsRecorded e -> sessions.recordSets(e.instanceId(), e.sets());
            case ValuesRecorded e -> sessions.recordValues(e.instanceId(), e.values());
            case InstanceNoteChanged e -> sessions.changeNotes(e.instanceId(), e.notes());
            case SessionCompleted e -> sessions.complete(e.sessionId(), e.occurredAt(), e.endedAt(), e.durationSeconds());
            case SessionReopened e -> sessions.reopen(e.sessionId());
            case SessionDeleted e -> sessions.delete(e.sessionId());
        }
    }

    @EventHandler
    void on(TargetAdded event, @SequenceNumber long sequence) {
        if (sessions.advanceFractal(event.fractalId(), sequence)) {
            sessions.nameTarget(event.fractalId(), event.goalId(), event.targetId(), event.name());
        }
    }

    @EventHandler
    void on(TargetChanged event, @SequenceNumber long sequence) {
        if (sessions.advanceFractal(event.fractalId(), sequence)) {
            sessions.nameTarget(event.fractalId(), event.goalId(), event.targetId(), event.name());
        }
    }

    @EventHandler
    void on(TargetRemoved event, @SequenceNumber long sequence) {
        if (sessions.advanceFractal(event.fractalId(), sequence)) {
            sessions.removeTarget(event.targetId());
        }
    }

    @EventHandler
    void on(TargetAchieved event, @SequenceNumber long sequence) {
        if (sessions.advanceFractal(event.fractalId(), sequence) && event.sessionId() != null) {
            sessions.achieveTarget(event.fractalId(), event.goalId(), event.targetId(), event.sessionId(),
                                   event.occurredAt());
        }
    }

    /** A reopened target counts as not achieved: the session that first achieved it no longer shows it. */
    @EventHandler
    void on(TargetReopened event, @SequenceNumber long sequence) {
        if (sessions.advanceFractal(event.fractalId(), sequence)) {
            sessions.reopenTarget(event.targetId());
        }
    }

    @EventHandler
    void on(GoalDeleted event, @SequenceNumber long sequence) {
        if (sessions.advanceFractal(event.fractalId(), sequence)) {
            sessions.removeGoals(event.fractalId(), event.removedGoalIds());
        }
    }

    @EventHandler
    void on(FractalDeleted event, @SequenceNumber long sequence) {
        if (sessions.advanceFractal(event.fractalId(), sequence)) {
            sessions.deleteFractal(event.fractalId());
        }
    }

    /**
     * Deleting a program, a block or a day keeps its sessions and drops their link. Applying it again changes
     * nothing, and a session cannot be linked to a day after its deletion, so no version check is needed.
     */
    @EventHandler
    void on(ProgramDeleted event) {
        sessions.unlinkProgramDays(event.fractalId(), event.dayIds(), event.occurredAt());
    }

    @EventHandler
    void on(ProgramBlockDeleted event) {
        sessions.unlinkProgramDays(event.fractalId(), event.dayIds(), event.occurredAt());
    }

    @EventHandler
    void on(ProgramDayDeleted event) {
        sessions.unlinkProgramDays(event.fractalId(), List.of(event.dayId()), event.occurredAt());
    }

    @EventHandler
    void on(AccountErased event) {
        sessions.erase(owners.erasing(event.ownerId()));
    }

    @QueryHandler
    SessionPage handle(FindSessions query) {
        return sessions.sessions(query.ownerId(), query.fractalId(), query.status(), query.limit(), query.cursor());
    }

    @QueryHandler
    Optional<SessionDetail> handle(FindSession query) {
        return sessions.session(query.ownerId(), query.fractalId(), query.sessionId());
    }
}
