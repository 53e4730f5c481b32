package org.fractalgoals.command.importing.session;

import org.fractalgoals.command.importing.ImportContext;
import org.fractalgoals.command.importing.v1.V1Activity;
import org.fractalgoals.command.importing.v1.V1Instance;
import org.fractalgoals.command.importing.v1.V1Session;
import org.fractalgoals.events.goal.EvaluateTargets;
import org.fractalgoals.events.goal.RecordedSet;
import org.fractalgoals.events.session.ActivitySet;
import org.fractalgoals.events.session.AddActivityInstance;
import org.fractalgoals.events.session.ChangeInstanceNote;
import org.fractalgoals.events.session.RecordSets;
import org.fractalgoals.events.session.RecordValues;
import org.fractalgoals.events.session.RecordedValue;
import org.fractalgoals.events.session.SetInstanceTimes;
import org.fractalgoals.events.session.StartTimer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One v1.2 activity instance as the session endpoints would have built it: added to its section, then its times
 * (a timer still running keeps running from its start), its sets or single values, each followed by the check
 * against the targets of the session's goals (which, for an import, achieves targets but completes no goal), and
 * its note.
 */
final class InstanceImport {

    private final ImportContext context;
    private final Map<String, V1Activity> activities;

    InstanceImport(ImportContext context, Map<String, V1Activity> activities) {
        this.context = context;
        this.activities = activities;
    }

    /** The session the instances go into, with the goals it was linked to. */
    record Target(UUID fractalId, UUID sessionId, List<UUID> goalIds, V1Session session) {
    }

    void importInstance(V1Instance row, Integer section, Target target) {
        V1Activity activity = activities.get(row.activityId());
        if (activity == null || !context.imported(SessionsImport.ACTIVITIES, row.activityId())) {
            context.refuse(SessionsImport.INSTANCES, row.id(), "its activity " + row.activityId()
                    + " no longer exists or was not imported: the instance, its times, sets, values and note are left out");
            return;
        }
        UUID instanceId = context.idOf(SessionsImport.INSTANCES, row.id());
        UUID activityId = context.idOf(SessionsImport.ACTIVITIES, row.activityId());
        Instant addedAt = SessionsImport.firstOf(row.createdAt(), row.timeStart(), SessionsImport.createdAt(target.session()));
        ImportContext.Outcome added = context.create(SessionsImport.INSTANCES, row.id(), new AddActivityInstance(
                target.sessionId(), target.fractalId(), instanceId, activityId, section, null, null, context.ownerId(),
                addedAt));
        if (!added.succeeded()) {
            return;
        }
        times(row, instanceId, target);
        Instant recordedAt = recordedAt(row, addedAt);
        V1Evidence evidence = V1Evidence.of(row, activity, context);
        evidence.refusals().forEach(refusal -> context.refuse(refusal.entity(), refusal.sourceId(), refusal.reason()));
        if (!row.sets().isEmpty()) {
            ImportContext.Outcome recorded = context.apply(SessionsImport.INSTANCES, row.id(), "sets", new RecordSets(
                    target.sessionId(), target.fractalId(), instanceId, evidence.sets(), null, context.ownerId(), recordedAt));
            evaluate(recorded, row, instanceId, activityId, "evaluateTargets/sets",
                     evidence.sets().stream().map(set -> RecordedValue.asEvidence(set.values())).toList(), target, recordedAt);
        }
        if (!row.values().isEmpty() && !evidence.values().isEmpty()) {
            ImportContext.Outcome recorded = context.apply(SessionsImport.INSTANCES, row.id(), "values", new RecordValues(
                    target.sessionId(), target.fractalId(), instanceId, evidence.values(), null, context.ownerId(),
                    recordedAt));
            evaluate(recorded, row, instanceId, activityId, "evaluateTargets/values",
                     List.of(RecordedValue.asEvidence(evidence.values())), target, recordedAt);
        }
        if (row.notes() != null && !row.notes().isBlank()) {
            context.apply(SessionsImport.INSTANCES, row.id(), "notes", new ChangeInstanceNote(
                    target.sessionId(), target.fractalId(), instanceId, row.notes(), null, context.ownerId(), recordedAt));
        }
    }

    /**
     * Times as v1.2 stored them: start and stop set at the stop; a start without a stop is a timer still running,
     * started at its start. A stop before the start (typed in by hand, a negative duration in v1.2) is refused.
     */
    private void times(V1Instance row, UUID instanceId, Target target) {
        Instant start = row.timeStart();
        Instant stop = row.timeStop();
        if (start == null && stop == null) {
            return;
        }
        if (start == null) {
            context.refuse(SessionsImport.INSTANCES, row.id(), "times: a stop time (" + stop
                    + ") without a start time: the instance comes without times");
        } else if (stop == null) {
            context.apply(SessionsImport.INSTANCES, row.id(), "timer", new StartTimer(
                    target.sessionId(), target.fractalId(), instanceId, null, context.ownerId(), start));
        } else if (stop.isBefore(start)) {
            context.refuse(SessionsImport.INSTANCES, row.id(), "times: stopped at " + stop + " before it started at "
                    + start + " (typed in by hand, duration " + row.durationSeconds()
                    + " s in v1.2); a stop may not be before its start: the instance comes without times");
        } else {
            context.apply(SessionsImport.INSTANCES, row.id(), "times", new SetInstanceTimes(
                    target.sessionId(), target.fractalId(), instanceId, start, stop, null, context.ownerId(), stop));
        }
    }

    /** As the endpoints do after recording: only evidence of a session linked to goals is checked. */
    private void evaluate(ImportContext.Outcome recorded, V1Instance row, UUID instanceId, UUID activityId, String step,
                          List<RecordedSet> sets, Target target, Instant at) {
        if (recorded.succeeded() && !target.goalIds().isEmpty() && !sets.isEmpty()) {
            context.apply(SessionsImport.INSTANCES, row.id(), step, new EvaluateTargets(
                    target.fractalId(), target.goalIds(), target.sessionId(), instanceId, activityId, sets,
                    context.ownerId(), at));
        }
    }

    /** v1.2 keeps no time for sets, values and notes: the timer's stop when there is a valid one, else the row's creation. */
    private static Instant recordedAt(V1Instance row, Instant addedAt) {
        boolean stopped = row.timeStart() != null && row.timeStop() != null && !row.timeStop().isBefore(row.timeStart());
        return stopped && row.timeStop().isAfter(addedAt) ? row.timeStop() : addedAt;
    }
}
