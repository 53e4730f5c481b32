package org.fractalgoals.command.activity;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fractalgoals.command.activity.ActivityRules.Draft;
import org.fractalgoals.command.activity.ActivityRules.Reconciled;
import org.fractalgoals.events.activity.ActivityChanged;
import org.fractalgoals.events.activity.ActivityCreated;
import org.fractalgoals.events.activity.ActivityDeleted;
import org.fractalgoals.events.activity.ChangeActivity;
import org.fractalgoals.events.activity.CreateActivity;
import org.fractalgoals.events.activity.DeleteActivity;
import org.fractalgoals.events.activity.DuplicateActivity;
import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.activity.SplitDefinition;
import org.fractalgoals.platform.ImportMetaData;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.ProblemException;
import org.fractalgoals.platform.errors.ProblemType;
import org.fractalgoals.platform.errors.RuleViolationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * One activity definition. It keeps no texts (its state could be snapshotted unencrypted): whose it is, in
 * which fractal, and its version. Where a rule needs the current names (matching metrics by name and unit,
 * copying them), the handler reads them from the activity's events through {@link ActivityDefinitions}.
 */
@Aggregate
class Activity {

    @AggregateIdentifier
    private UUID activityId;
    private UUID fractalId;
    private String ownerId;
    private long version;

    Activity() {
        // for Axon
    }

    /**
     * A create gives metrics and splits new ids, except on an import: there each keeps the id the command names
     * (derived from its v1.2 id), so that imported targets and sets can refer to it.
     */
    @CommandHandler
    Activity(CreateActivity command, ActivityGroupLookup groups,
             @MetaDataValue(ImportMetaData.IMPORT_ID) String importId) {
        Draft draft = new Draft(command.name(), command.description(), command.hasSets(), command.hasSplits(),
                                command.hasMetrics(), command.metrics(), command.splits());
        List<FieldError> errors = new ArrayList<>(ActivityRules.violations(draft));
        if (command.groupId() != null && !groups.exists(command.fractalId(), command.groupId())) {
            errors.add(noSuchGroup());
        }
        refuse(errors);
        apply(new ActivityCreated(command.fractalId(), command.activityId(), command.name(), command.description(),
                                  command.groupId(), command.hasSets(), command.hasSplits(), command.hasMetrics(),
                                  command.multiplicative(),
                                  importId == null
                                          ? ActivityRules.reconcileMetrics(List.of(), command.metrics(), UUID::randomUUID).kept()
                                          : ActivityRules.metricsAsNamed(command.metrics()),
                                  importId == null
                                          ? ActivityRules.reconcileSplits(List.of(), command.splits(), UUID::randomUUID).kept()
                                          : ActivityRules.splitsAsNamed(command.splits()),
                                  command.ownerId(), command.requestedAt()));
    }

    @CommandHandler
    Activity(DuplicateActivity command, ActivityDefinitions definitions) {
        ActivityDefinition source = definitions.current(command.sourceActivityId())
                                               .filter(found -> found.belongsTo(command.fractalId(), command.ownerId()))
                                               .orElseThrow(() -> new NotFoundException("Activity"));
        List<MetricDefinition> metrics = source.metrics().stream()
                .map(m -> new MetricDefinition(UUID.randomUUID(), m.name(), m.unit(), m.topSet(), m.multiplicative()))
                .toList();
        List<SplitDefinition> splits = source.splits().stream()
                                             .map(s -> new SplitDefinition(UUID.randomUUID(), s.name()))
                                             .toList();
        apply(new ActivityCreated(command.fractalId(), command.activityId(), ActivityRules.copyName(source.name()),
                                  source.description(), null, source.hasSets(), source.hasSplits(), source.hasMetrics(),
                                  source.multiplicative(), metrics, splits, command.ownerId(), command.requestedAt()));
    }

    @CommandHandler
    void handle(ChangeActivity command, ActivityDefinitions definitions, ActivityGroupLookup groups) {
        requireActivity(command.fractalId(), command.ownerId(), command.expectedVersion());
        ActivityDefinition current = definitions.current(activityId).orElseThrow(() -> new NotFoundException("Activity"));
        Draft draft = new Draft(command.name() != null ? command.name() : current.name(),
                                command.description() != null ? command.description().value() : current.description(),
                                Objects.requireNonNullElse(command.hasSets(), current.hasSets()),
                                Objects.requireNonNullElse(command.hasSplits(), current.hasSplits()),
                                Objects.requireNonNullElse(command.hasMetrics(), current.hasMetrics()),
                                command.metrics() != null ? command.metrics() : ActivityRules.asSpecs(current.metrics()),
                                command.splits() != null ? command.splits() : ActivityRules.asSplitSpecs(current.splits()));
        List<FieldError> errors = new ArrayList<>(ActivityRules.violations(draft));
        UUID groupId;
        if (command.groupId() != null) {
            groupId = command.groupId().value();
            if (groupId != null && !groups.exists(fractalId, groupId)) {
                errors.add(noSuchGroup());
            }
        } else {
            // Deleting a group ungroups its activities without an event of theirs; an edit makes that explicit.
            groupId = current.groupId() != null && groups.exists(fractalId, current.groupId()) ? current.groupId() : null;
        }
        refuse(errors);
        Reconciled<MetricDefinition> metrics = ActivityRules.reconcileMetrics(current.metrics(), draft.metrics(),
                                                                              UUID::randomUUID);
        Reconciled<SplitDefinition> splits = ActivityRules.reconcileSplits(current.splits(), draft.splits(),
                                                                           UUID::randomUUID);
        ActivityDefinition changed = new ActivityDefinition(activityId, fractalId, ownerId, draft.name(),
                                                            draft.description(), groupId, draft.hasSets(),
                                                            draft.hasSplits(), draft.hasMetrics(),
                                                            Objects.requireNonNullElse(command.multiplicative(),
                                                                                       current.multiplicative()),
                                                            metrics.kept(), splits.kept());
        if (changed.equals(current)) {
            return;
        }
        apply(new ActivityChanged(fractalId, activityId, changed.name(), changed.description(), changed.groupId(),
                                  changed.hasSets(), changed.hasSplits(), changed.hasMetrics(), changed.multiplicative(),
                                  changed.metrics(), changed.splits(), metrics.removedIds(), splits.removedIds(),
                                  ownerId, command.requestedAt()));
    }

    @CommandHandler
    void handle(DeleteActivity command) {
        requireActivity(command.fractalId(), command.ownerId(), command.expectedVersion());
        apply(new ActivityDeleted(fractalId, activityId, ownerId, command.requestedAt()));
    }

    /** Someone else's activity, or one of another fractal (or an id of another kind of aggregate), is not found. */
    private void requireActivity(UUID inFractal, String caller, Long expectedVersion) {
        if (fractalId == null || !fractalId.equals(inFractal) || !ownerId.equals(caller)) {
            throw new NotFoundException("Activity");
        }
        if (expectedVersion != null && expectedVersion != version) {
            throw new ProblemException(ProblemType.STALE_VERSION, "Fetch the activity again and retry with its current ETag");
        }
    }

    private static FieldError noSuchGroup() {
        return new FieldError("groupId", "There is no such group in this fractal");
    }

    private static void refuse(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }

    @EventSourcingHandler
    void on(ActivityCreated event, @SequenceNumber long sequence) {
        activityId = event.activityId();
        fractalId = event.fractalId();
        ownerId = event.ownerId();
        version = sequence;
    }

    @EventSourcingHandler
    void on(ActivityChanged event, @SequenceNumber long sequence) {
        version = sequence;
    }

    @EventSourcingHandler
    void on(ActivityDeleted event, @SequenceNumber long sequence) {
        version = sequence;
        markDeleted();
    }
}
