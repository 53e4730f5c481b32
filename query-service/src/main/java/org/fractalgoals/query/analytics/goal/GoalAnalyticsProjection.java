package org.fractalgoals.query.analytics.goal;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.events.goal.GoalMoved;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.events.goal.GoalUncompleted;
import org.fractalgoals.events.session.ActivityInstanceAdded;
import org.fractalgoals.events.session.ActivityInstanceRemoved;
import org.fractalgoals.events.session.InstanceTimesSet;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionDeleted;
import org.fractalgoals.events.session.SessionGoalsLinked;
import org.fractalgoals.events.session.SessionGoalsUnlinked;
import org.fractalgoals.events.session.TimerReset;
import org.fractalgoals.events.session.TimerStarted;
import org.fractalgoals.events.session.TimerStopped;
import org.fractalgoals.query.erasure.OwnerFractals;
import org.fractalgoals.query.replay.ReadModelTables;
import org.springframework.stereotype.Component;

/**
 * The goal analytics read model: the live goals of each fractal (tree shape, level, name, completion time), and
 * for each live session its links to goals and the summed durations of its timed instances. Goal events are
 * skipped at or below the fractal's last applied sequence number, session events at or below the session's, so
 * redelivery changes nothing. Only the events that change one of those facts are handled.
 */
@Component
@ReadModelTables({"analytics_goal_fractal", "analytics_goal_goal", "analytics_goal_removed_goal",
                  "analytics_goal_session", "analytics_goal_instance", "analytics_goal_link"})
@ProcessingGroup(GoalAnalyticsProjection.GROUP)
class GoalAnalyticsProjection {

    static final String GROUP = "goal-analytics";
    private final GoalAnalyticsRepository analytics;
    private final OwnerFractals owners;

    GoalAnalyticsProjection(GoalAnalyticsRepository analytics, OwnerFractals owners) {
        this.analytics = analytics;
        this.owners = owners;
    }

    // ---- the fractal streams --------------------------------------------------------------------------------

    @EventHandler
    void on(GoalCreated event, @SequenceNumber long sequence) {
        if (analytics.advanceFractal(event.fractalId(), sequence)) {
            analytics.insertGoal(event);
        }
    }

    @EventHandler
    void on(GoalRenamed event, @SequenceNumber long sequence) {
        if (analytics.advanceFractal(event.fractalId(), sequence)) {
            analytics.renameGoal(event.goalId(), event.name());
        }
    }

    /** Only the moved goal changes: sums over subtrees are made at read time, so its time follows it. */
    @EventHandler
    void on(GoalMoved event, @SequenceNumber long sequence) {
        if (analytics.advanceFractal(event.fractalId(), sequence)) {
            analytics.moveGoal(event.goalId(), event.parentId());
        }
    }

    @EventHandler
    void on(GoalCompleted event, @SequenceNumber long sequence) {
        if (analytics.advanceFractal(event.fractalId(), sequence)) {
            analytics.completeGoal(event.goalId(), event.occurredAt());
        }
    }

    @EventHandler
    void on(GoalUncompleted event, @SequenceNumber long sequence) {
        if (analytics.advanceFractal(event.fractalId(), sequence)) {
            analytics.completeGoal(event.goalId(), null);
        }
    }

    @EventHandler
    void on(GoalDeleted event, @SequenceNumber long sequence) {
        if (analytics.advanceFractal(event.fractalId(), sequence)) {
            analytics.removeGoals(event.fractalId(), event.removedGoalIds());
        }
    }

    @EventHandler
    void on(FractalDeleted event, @SequenceNumber long sequence) {
        if (analytics.advanceFractal(event.fractalId(), sequence)) {
            analytics.deleteFractal(event.fractalId());
        }
    }

    // ---- the session streams --------------------------------------------------------------------------------

    @EventHandler
    void on(SessionCreated event, @SequenceNumber long sequence) {
        analytics.insertSession(event, sequence);
    }

    @EventHandler
    void on(SessionGoalsLinked event, @SequenceNumber long sequence) {
        if (analytics.advanceSession(event.sessionId(), sequence)) {
            analytics.linkGoals(event.sessionId(), event.goalIds());
        }
    }

    @EventHandler
    void on(SessionGoalsUnlinked event, @SequenceNumber long sequence) {
        if (analytics.advanceSession(event.sessionId(), sequence)) {
            analytics.unlinkGoals(event.sessionId(), event.goalIds());
        }
    }

    @EventHandler
    void on(SessionDeleted event, @SequenceNumber long sequence) {
        if (analytics.advanceSession(event.sessionId(), sequence)) {
            analytics.deleteSession(event.sessionId());
        }
    }

    @EventHandler
    void on(ActivityInstanceAdded event, @SequenceNumber long sequence) {
        if (analytics.advanceSession(event.sessionId(), sequence)) {
            analytics.addInstance(event.sessionId(), event.instanceId());
        }
    }

    @EventHandler
    void on(ActivityInstanceRemoved event, @SequenceNumber long sequence) {
        if (analytics.advanceSession(event.sessionId(), sequence)) {
            analytics.removeInstance(event.sessionId(), event.instanceId());
        }
    }

    /** A (re)started timer has no stop yet, so the instance is not timed until it stops. */
    @EventHandler
    void on(TimerStarted event, @SequenceNumber long sequence) {
        if (analytics.advanceSession(event.sessionId(), sequence)) {
            analytics.setTimes(event.sessionId(), event.instanceId(), event.startedAt(), null, null);
        }
    }

    @EventHandler
    void on(TimerStopped event, @SequenceNumber long sequence) {
        if (analytics.advanceSession(event.sessionId(), sequence)) {
            analytics.stopTimer(event.sessionId(), event.instanceId(), event.stoppedAt(), event.durationSeconds());
        }
    }

    @EventHandler
    void on(TimerReset event, @SequenceNumber long sequence) {
        if (analytics.advanceSession(event.sessionId(), sequence)) {
            analytics.setTimes(event.sessionId(), event.instanceId(), null, null, null);
        }
    }

    /** Typed-in times count like timed ones once both ends are known; the event gives the duration then. */
    @EventHandler
    void on(InstanceTimesSet event, @SequenceNumber long sequence) {
        if (analytics.advanceSession(event.sessionId(), sequence)) {
            analytics.setTimes(event.sessionId(), event.instanceId(), event.startedAt(), event.stoppedAt(),
                               event.durationSeconds());
        }
    }

    @EventHandler
    void on(AccountErased event) {
        analytics.erase(owners.erasing(event.ownerId()));
    }
}
