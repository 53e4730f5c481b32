package org.fractalgoals.command.session;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.fractalgoals.command.activity.ActivityLookup;
import org.fractalgoals.command.session.SessionActivity.ValueKey;
import org.fractalgoals.events.session.ActivityInstanceAdded;
import org.fractalgoals.events.session.ActivityInstanceMoved;
import org.fractalgoals.events.session.ActivityInstanceRemoved;
import org.fractalgoals.events.session.ActivitySet;
import org.fractalgoals.events.session.AddActivityInstance;
import org.fractalgoals.events.session.ChangeInstanceNote;
import org.fractalgoals.events.session.CompleteSession;
import org.fractalgoals.events.session.CreateSession;
import org.fractalgoals.events.session.DeleteSession;
import org.fractalgoals.events.session.EditSession;
import org.fractalgoals.events.session.InstanceNoteChanged;
import org.fractalgoals.events.session.InstanceTimesSet;
import org.fractalgoals.events.session.MoveActivityInstance;
import org.fractalgoals.events.session.RecordSets;
import org.fractalgoals.events.session.RecordValues;
import org.fractalgoals.events.session.RecordedValue;
import org.fractalgoals.events.session.RemoveActivityInstance;
import org.fractalgoals.events.session.ReopenSession;
import org.fractalgoals.events.session.ResetTimer;
import org.fractalgoals.events.session.SessionCompleted;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionDeleted;
import org.fractalgoals.events.session.SessionDescriptionChanged;
import org.fractalgoals.events.session.SessionEvent;
import org.fractalgoals.events.session.SessionGoalsLinked;
import org.fractalgoals.events.session.SessionGoalsUnlinked;
import org.fractalgoals.events.session.SessionInstance;
import org.fractalgoals.events.session.SessionRenamed;
import org.fractalgoals.events.session.SessionReopened;
import org.fractalgoals.events.session.SessionSection;
import org.fractalgoals.events.session.SessionSectionAdded;
import org.fractalgoals.events.session.SessionStartChanged;
import org.fractalgoals.events.session.SetInstanceTimes;
import org.fractalgoals.events.session.SetsRecorded;
import org.fractalgoals.events.session.StartTimer;
import org.fractalgoals.events.session.StopTimer;
import org.fractalgoals.events.session.TimerReset;
import org.fractalgoals.events.session.TimerStarted;
import org.fractalgoals.events.session.TimerStopped;
import org.fractalgoals.events.session.ValuesRecorded;
import org.fractalgoals.platform.ImportMetaData;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.ProblemException;
import org.fractalgoals.platform.errors.ProblemType;
import org.fractalgoals.platform.errors.RuleViolationException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * One practice session: its sections with their activity instances, the instances' timers and single values,
 * its start, completion and goal links. It keeps no texts (names, notes), so nothing personal sits in memory,
 * in a cache or in a snapshot; sets are kept only in the events, because no rule needs the earlier ones.
 *
 * <p>The session's version is the sequence number of its last event: its ETag, which If-Match is checked against.
 */
@Aggregate(cache = "sessionCache", snapshotTriggerDefinition = "sessionSnapshotTrigger")
@Revision(Session.SNAPSHOT_REVISION)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Session {

    /**
     * The shape of the state below as its snapshots store it. Change it with the fields or their meaning: snapshots
     * of another revision are then ignored and each session is replayed from its events once, which takes a new one.
     */
    static final String SNAPSHOT_REVISION = "1";

    static final int MAX_GOALS = 100;
    static final int MAX_SECTIONS = 50;
    static final int MAX_INSTANCES = 300;
    static final int MAX_SETS = 100;

    @AggregateIdentifier
    private UUID sessionId;
    private UUID fractalId;
    private String ownerId;
    private long version;
    private Instant startedAt;
    private Instant endedAt;
    private boolean completed;
    /** In linking order, which evidence and unlinking events list them in; a snapshot must restore that order. */
    private LinkedHashSet<UUID> goalIds = new LinkedHashSet<>();
    /** The instance ids of each section, in order. */
    private List<List<UUID>> sections = new ArrayList<>();
    /** In the order added, so that a session loaded from a snapshot is the same as one replayed from its events. */
    private Map<UUID, SessionActivity> instances = new LinkedHashMap<>();

    Session() {
        // for Axon and for snapshots
    }

    @CommandHandler
    Session(CreateSession command, SessionReferences references,
            @MetaDataValue(ImportMetaData.IMPORT_ID) String importId) {
        List<FieldError> errors = new ArrayList<>();
        SessionText.check("name", command.name(), SessionText.NAME_MAX, errors);
        SessionText.check("description", command.description(), SessionText.DESCRIPTION_MAX, errors);
        if (command.plannedMinutes() != null && command.plannedMinutes() < 0) {
            errors.add(new FieldError("plannedMinutes", "Must not be negative"));
        }
        List<UUID> goals = List.copyOf(new LinkedHashSet<>(command.goalIds()));
        // A v1.2 session whose goals were all deleted there is still history: an import brings it over without goals.
        if (importId == null || !goals.isEmpty()) {
            checkGoals(command.fractalId(), goals, references, errors);
        }
        checkSections(command.fractalId(), command.sections(), references, errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        apply(new SessionCreated(command.fractalId(), command.sessionId(), command.name(), command.description(),
                                 command.templateId(), command.programDayId(), command.startedAt(),
                                 command.plannedMinutes(), command.sections(), goals, command.ownerId(),
                                 command.requestedAt()));
    }

    private static void checkGoals(UUID fractalId, List<UUID> goals, SessionReferences references,
                                   List<FieldError> errors) {
        if (goals.isEmpty()) {
            errors.add(new FieldError("goalIds", "Link the session to at least one goal"));
        } else if (goals.size() > MAX_GOALS) {
            errors.add(new FieldError("goalIds", "At most " + MAX_GOALS + " goals"));
        } else {
            checkGoalsExist(fractalId, goals, references, errors);
        }
    }

    private static void checkGoalsExist(UUID fractalId, List<UUID> goals, SessionReferences references,
                                        List<FieldError> errors) {
        for (UUID goalId : goals) {
            if (!references.goalExists(fractalId, goalId)) {
                errors.add(new FieldError("goalIds", "There is no goal " + goalId + " in this fractal"));
            }
        }
    }

    private static void checkSections(UUID fractalId, List<SessionSection> sections, SessionReferences references,
                                      List<FieldError> errors) {
        if (sections.size() > MAX_SECTIONS) {
            errors.add(new FieldError("sections", "At most " + MAX_SECTIONS + " sections"));
            return;
        }
        Set<UUID> instanceIds = new HashSet<>();
        int total = 0;
        for (int s = 0; s < sections.size(); s++) {
            SessionSection section = sections.get(s);
            SessionText.check("sections[" + s + "].name", section.name(), SessionText.NAME_MAX, errors);
            if (section.plannedMinutes() != null && section.plannedMinutes() < 0) {
                errors.add(new FieldError("sections[" + s + "].plannedMinutes", "Must not be negative"));
            }
            for (int i = 0; i < section.instances().size(); i++) {
                SessionInstance instance = section.instances().get(i);
                String field = "sections[" + s + "].instances[" + i + "]";
                if (!instanceIds.add(instance.instanceId())) {
                    errors.add(new FieldError(field + ".instanceId", "Appears twice"));
                }
                if (references.activity(fractalId, instance.activityId()).isEmpty()) {
                    errors.add(new FieldError(field + ".activityId", "There is no such activity in this fractal"));
                }
            }
            total += section.instances().size();
        }
        if (total > MAX_INSTANCES) {
            errors.add(new FieldError("sections", "At most " + MAX_INSTANCES + " activity instances"));
        }
    }

    @CommandHandler
    void handle(EditSession command, SessionReferences references) {
        requireLive(command.ownerId(), command.fractalId(), command.expectedVersion());
        List<FieldError> errors = new ArrayList<>();
        if (command.name() != null) {
            SessionText.check("name", command.name().value(), SessionText.NAME_MAX, errors);
        }
        if (command.description() != null) {
            SessionText.check("description", command.description().value(), SessionText.DESCRIPTION_MAX, errors);
        }
        Instant newStart = command.startedAt() == null ? startedAt : command.startedAt().value();
        if (completed && newStart == null) {
            errors.add(new FieldError("startedAt", "A completed session keeps its start; reopen it first"));
        }
        List<UUID> goals = command.goalIds() == null ? null : List.copyOf(new LinkedHashSet<>(command.goalIds()));
        if (goals != null) {
            if (goals.isEmpty() || goals.size() > MAX_GOALS) {
                checkGoals(fractalId, goals, references, errors);
            } else {
                // Goals linked already stay linkable, so that a goal that no longer exists can be unlinked.
                checkGoalsExist(fractalId, goals.stream().filter(id -> !goalIds.contains(id)).toList(), references,
                                errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        Instant at = command.requestedAt();
        if (command.name() != null) {
            apply(new SessionRenamed(fractalId, sessionId, command.name().value(), ownerId, at));
        }
        if (command.description() != null) {
            apply(new SessionDescriptionChanged(fractalId, sessionId, command.description().value(), ownerId, at));
        }
        if (!Objects.equals(newStart, startedAt)) {
            // v1.2 keeps a completed session's duration when its start moves: the end moves with it.
            Instant newEnd = completed ? newStart.plus(Duration.between(startedAt, endedAt)) : null;
            apply(new SessionStartChanged(fractalId, sessionId, newStart, newEnd, ownerId, at));
        }
        if (goals != null) {
            List<UUID> linked = goals.stream().filter(id -> !goalIds.contains(id)).toList();
            List<UUID> unlinked = goalIds.stream().filter(id -> !goals.contains(id)).toList();
            if (!linked.isEmpty()) {
                apply(new SessionGoalsLinked(fractalId, sessionId, linked, ownerId, at));
            }
            if (!unlinked.isEmpty()) {
                apply(new SessionGoalsUnlinked(fractalId, sessionId, unlinked, ownerId, at));
            }
        }
    }

    @CommandHandler
    void handle(DeleteSession command) {
        requireLive(command.ownerId(), command.fractalId(), command.expectedVersion());
        apply(new SessionDeleted(fractalId, sessionId, ownerId, command.requestedAt()));
    }

    /**
     * An import completes the session at v1.2's completion time ({@code requestedAt}) with the end v1.2 stored
     * ({@code endedAt}), which the user may have edited apart from it; otherwise the session ends now.
     */
    @CommandHandler
    void handle(CompleteSession command, @MetaDataValue(ImportMetaData.IMPORT_ID) String importId) {
        requireLive(command.ownerId(), command.fractalId(), command.expectedVersion());
        if (completed) {
            return;
        }
        Instant now = command.requestedAt();
        Instant end = importId != null && command.endedAt() != null ? command.endedAt() : now;
        if (startedAt == null) {
            throw new RuleViolationException("startedAt", "The session has not started: set its startedAt first");
        }
        if (startedAt.isAfter(end)) {
            throw new RuleViolationException("startedAt", "The session starts in the future, so it cannot end now");
        }
        for (List<UUID> section : sections) {
            for (UUID instanceId : section) {
                SessionActivity instance = instances.get(instanceId);
                if (instance.running()) {
                    // A timer typed in to start later than the end stops at its start, with no duration.
                    Instant stop = instance.startedAt().isAfter(end) ? instance.startedAt() : end;
                    apply(new TimerStopped(fractalId, sessionId, instanceId, stop, seconds(instance.startedAt(), stop),
                                           ownerId, now));
                }
            }
        }
        apply(new SessionCompleted(fractalId, sessionId, end, seconds(startedAt, end), ownerId, now));
    }

    @CommandHandler
    void handle(ReopenSession command) {
        requireLive(command.ownerId(), command.fractalId(), command.expectedVersion());
        if (completed) {
            apply(new SessionReopened(fractalId, sessionId, ownerId, command.requestedAt()));
        }
    }

    @CommandHandler
    void handle(AddActivityInstance command, SessionReferences references) {
        requireLive(command.ownerId(), command.fractalId(), command.expectedVersion());
        if (instances.containsKey(command.instanceId())) {
            throw new RuleViolationException("instanceId", "This session already has an instance with that id");
        }
        if (instances.size() >= MAX_INSTANCES) {
            throw new RuleViolationException("activityId", "A session holds at most " + MAX_INSTANCES + " activities");
        }
        if (references.activity(fractalId, command.activityId()).isEmpty()) {
            throw new RuleViolationException("activityId", "There is no such activity in this fractal");
        }
        int section;
        if (command.section() == null) {
            section = Math.max(sections.size() - 1, 0);
        } else {
            section = command.section();
            if (section < 0 || section >= sections.size()) {
                throw new RuleViolationException("section", sections.isEmpty()
                        ? "The session has no sections yet: leave section out to create one"
                        : "Must be a section index from 0 to " + (sections.size() - 1));
            }
        }
        int size = sections.isEmpty() ? 0 : sections.get(section).size();
        int position = command.position() == null ? size : command.position();
        if (position < 0 || position > size) {
            throw new RuleViolationException("position", "Must be from 0 to " + size);
        }
        if (sections.isEmpty()) {
            apply(new SessionSectionAdded(fractalId, sessionId, 0, null, null, ownerId, command.requestedAt()));
        }
        apply(new ActivityInstanceAdded(fractalId, sessionId, command.instanceId(), command.activityId(), section,
                                        position, ownerId, command.requestedAt()));
    }

    @CommandHandler
    void handle(RemoveActivityInstance command) {
        requireLive(command.ownerId(), command.fractalId(), command.expectedVersion());
        instance(command.instanceId());
        apply(new ActivityInstanceRemoved(fractalId, sessionId, command.instanceId(), ownerId, command.requestedAt()));
    }

    @CommandHandler
    void handle(MoveActivityInstance command) {
        requireLive(command.ownerId(), command.fractalId(), command.expectedVersion());
        instance(command.instanceId());
        int section = command.section();
        if (section < 0 || section >= sections.size()) {
            throw new RuleViolationException("section", "Must be a section index from 0 to " + (sections.size() - 1));
        }
        List<UUID> target = sections.get(section);
        int size = target.contains(command.instanceId()) ? target.size() - 1 : target.size();
        if (command.position() < 0 || command.position() > size) {
            throw new RuleViolationException("position", "Must be from 0 to " + size);
        }
        if (target.indexOf(command.instanceId()) == command.position()) {
            return;
        }
        apply(new ActivityInstanceMoved(fractalId, sessionId, command.instanceId(), section, command.position(),
                                        ownerId, command.requestedAt()));
    }

    @CommandHandler
    void handle(StartTimer command) {
        requireLive(command.ownerId(), command.fractalId(), command.expectedVersion());
        SessionActivity instance = instance(command.instanceId());
        if (completed) {
            throw new RuleViolationException("timer", "The session is completed: reopen it to time activities");
        }
        if (instance.running()) {
            throw new RuleViolationException("timer", "The timer is already running");
        }
        apply(new TimerStarted(fractalId, sessionId, command.instanceId(), command.requestedAt(), ownerId,
                               command.requestedAt()));
    }

    @CommandHandler
    void handle(StopTimer command) {
        requireLive(command.ownerId(), command.fractalId(), command.expectedVersion());
        SessionActivity instance = instance(command.instanceId());
        Instant now = command.requestedAt();
        if (instance.startedAt() == null) {
            throw new RuleViolationException("timer", "The timer was never started: start it, or type in its times");
        }
        if (instance.stoppedAt() != null) {
            throw new RuleViolationException("timer", "The timer is not running");
        }
        if (instance.startedAt().isAfter(now)) {
            throw new RuleViolationException("timer", "The timer's start is in the future, so it cannot stop now");
        }
        apply(new TimerStopped(fractalId, sessionId, command.instanceId(), now, seconds(instance.startedAt(), now),
                               ownerId, now));
    }

    @CommandHandler
    void handle(ResetTimer command) {
        requireLive(command.ownerId(), command.fractalId(), command.expectedVersion());
        SessionActivity instance = instance(command.instanceId());
        if (instance.startedAt() != null || instance.stoppedAt() != null) {
            apply(new TimerReset(fractalId, sessionId, command.instanceId(), ownerId, command.requestedAt()));
        }
    }

    @CommandHandler
    void handle(SetInstanceTimes command) {
        requireLive(command.ownerId(), command.fractalId(), command.expectedVersion());
        instance(command.instanceId());
        Instant start = command.startedAt();
        Instant stop = command.stoppedAt();
        if (stop != null && start == null) {
            throw new RuleViolationException("stoppedAt", "A stop time needs a start time");
        }
        if (stop != null && stop.isBefore(start)) {
            throw new RuleViolationException("stoppedAt", "Must not be before startedAt");
        }
        if (completed && start != null && stop == null) {
            throw new RuleViolationException("stoppedAt", "A completed session has no running timers: give a stop time");
        }
        Long duration = stop == null ? null : seconds(start, stop);
        apply(new InstanceTimesSet(fractalId, sessionId, command.instanceId(), start, stop, duration, ownerId,
                                   command.requestedAt()));
    }

    @CommandHandler
    Evidence handle(RecordSets command, SessionReferences references) {
        requireLive(command.ownerId(), command.fractalId(), command.expectedVersion());
        SessionActivity instance = instance(command.instanceId());
        ActivityLookup.Shape shape = shapeOf(instance, references);
        List<ActivitySet> sets = command.sets() == null ? List.of() : command.sets();
        if (!shape.hasSets()) {
            throw new RuleViolationException("sets", "This activity records single values, not sets: PUT its values");
        }
        if (sets.size() > MAX_SETS) {
            throw new RuleViolationException("sets", "At most " + MAX_SETS + " sets");
        }
        List<FieldError> errors = new ArrayList<>();
        for (int s = 0; s < sets.size(); s++) {
            checkValues("[" + s + "].values", sets.get(s) == null ? List.of() : sets.get(s).values(), shape, errors);
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        apply(new SetsRecorded(fractalId, sessionId, command.instanceId(), instance.activityId(), sets, ownerId,
                               command.requestedAt()));
        return new Evidence(List.copyOf(goalIds), instance.activityId(),
                            sets.stream().map(set -> RecordedValue.asEvidence(set.values())).toList());
    }

    @CommandHandler
    Evidence handle(RecordValues command, SessionReferences references) {
        requireLive(command.ownerId(), command.fractalId(), command.expectedVersion());
        SessionActivity instance = instance(command.instanceId());
        ActivityLookup.Shape shape = shapeOf(instance, references);
        List<RecordedValue> values = command.values() == null ? List.of() : command.values();
        if (shape.hasSets()) {
            throw new RuleViolationException("values", "This activity records sets, not single values: PUT its sets");
        }
        List<FieldError> errors = new ArrayList<>();
        checkValues("", values, shape, errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        apply(new ValuesRecorded(fractalId, sessionId, command.instanceId(), instance.activityId(), values, ownerId,
                                 command.requestedAt()));
        List<RecordedValue> current = instances.get(command.instanceId()).values().entrySet().stream()
                .map(entry -> new RecordedValue(entry.getKey().metricId(), entry.getKey().splitId(), entry.getValue()))
                .toList();
        return new Evidence(List.copyOf(goalIds), instance.activityId(),
                            current.isEmpty() ? List.of() : List.of(RecordedValue.asEvidence(current)));
    }

    @CommandHandler
    void handle(ChangeInstanceNote command) {
        requireLive(command.ownerId(), command.fractalId(), command.expectedVersion());
        instance(command.instanceId());
        List<FieldError> errors = new ArrayList<>();
        SessionText.check("notes", command.notes(), SessionText.NOTES_MAX, errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        apply(new InstanceNoteChanged(fractalId, sessionId, command.instanceId(), command.notes(), ownerId,
                                      command.requestedAt()));
    }

    /**
     * Each value names a metric of the activity, and a split of it exactly when the activity has splits; a
     * metric (and split) appears once per set. {@code prefix} places the values in the request body.
     */
    private static void checkValues(String prefix, List<RecordedValue> values, ActivityLookup.Shape shape,
                                    List<FieldError> errors) {
        Set<ValueKey> seen = new HashSet<>();
        for (int v = 0; v < values.size(); v++) {
            RecordedValue value = values.get(v);
            String field = prefix + "[" + v + "]";
            if (value == null) {
                errors.add(new FieldError(field, "Must be a value"));
                continue;
            }
            if (!shape.metricIds().contains(value.metricId())) {
                errors.add(new FieldError(field + ".metricId", "Is not a metric of this activity"));
            }
            if (shape.hasSplits() && (value.splitId() == null || !shape.splitIds().contains(value.splitId()))) {
                errors.add(new FieldError(field + ".splitId", "Must be a split of this activity"));
            } else if (!shape.hasSplits() && value.splitId() != null) {
                errors.add(new FieldError(field + ".splitId", "This activity has no splits"));
            }
            if (!seen.add(new ValueKey(value.metricId(), value.splitId()))) {
                errors.add(new FieldError(field, "This metric and split appear twice"));
            }
        }
    }

    private ActivityLookup.Shape shapeOf(SessionActivity instance, SessionReferences references) {
        return references.activity(fractalId, instance.activityId()).orElseThrow(
                () -> new RuleViolationException("activityId", "The activity of this instance no longer exists"));
    }

    /** Checks that the caller may change this session at the version they expect. */
    private void requireLive(String caller, UUID fractal, Long expectedVersion) {
        // Someone else's session, or one addressed under another fractal, does not exist for the caller.
        if (!ownerId.equals(caller) || !fractalId.equals(fractal)) {
            throw new NotFoundException("Session");
        }
        if (expectedVersion != null && expectedVersion != version) {
            throw new ProblemException(ProblemType.STALE_VERSION, "Fetch the session again and retry with its current ETag");
        }
    }

    private SessionActivity instance(UUID instanceId) {
        SessionActivity instance = instances.get(instanceId);
        if (instance == null) {
            throw new NotFoundException("Activity instance");
        }
        return instance;
    }

    /** Whole seconds from start to end, rounded down. */
    private static long seconds(Instant start, Instant end) {
        return Duration.between(start, end).toSeconds();
    }

    @EventSourcingHandler
    void on(SessionEvent event, @SequenceNumber long sequence) {
        version = sequence;
        switch (event) {
            case SessionCreated e -> {
                sessionId = e.sessionId();
                fractalId = e.fractalId();
                ownerId = e.ownerId();
                startedAt = e.startedAt();
                goalIds.addAll(e.goalIds());
                for (SessionSection section : e.sections()) {
                    List<UUID> ids = new ArrayList<>();
                    for (SessionInstance instance : section.instances()) {
                        ids.add(instance.instanceId());
                        instances.put(instance.instanceId(),
                                      new SessionActivity(instance.activityId(), null, null, new LinkedHashMap<>()));
                    }
                    sections.add(ids);
                }
            }
            case SessionStartChanged e -> {
                startedAt = e.startedAt();
                if (completed) {
                    endedAt = e.endedAt();
                }
            }
            case SessionGoalsLinked e -> goalIds.addAll(e.goalIds());
            case SessionGoalsUnlinked e -> e.goalIds().forEach(goalIds::remove);
            case SessionSectionAdded e -> sections.add(new ArrayList<>());
            case ActivityInstanceAdded e -> {
                sections.get(e.section()).add(e.position(), e.instanceId());
                instances.put(e.instanceId(), new SessionActivity(e.activityId(), null, null, new LinkedHashMap<>()));
            }
            case ActivityInstanceRemoved e -> {
                sections.forEach(section -> section.remove(e.instanceId()));
                instances.remove(e.instanceId());
            }
            case ActivityInstanceMoved e -> {
                sections.forEach(section -> section.remove(e.instanceId()));
                sections.get(e.section()).add(e.position(), e.instanceId());
            }
            case TimerStarted e -> replace(e.instanceId(), instances.get(e.instanceId()).withTimes(e.startedAt(), null));
            case TimerStopped e -> {
                SessionActivity instance = instances.get(e.instanceId());
                replace(e.instanceId(), instance.withTimes(instance.startedAt(), e.stoppedAt()));
            }
            case TimerReset e -> replace(e.instanceId(), instances.get(e.instanceId()).withTimes(null, null));
            case InstanceTimesSet e -> replace(e.instanceId(),
                                               instances.get(e.instanceId()).withTimes(e.startedAt(), e.stoppedAt()));
            case ValuesRecorded e -> {
                SessionActivity instance = instances.get(e.instanceId());
                Map<ValueKey, BigDecimal> values = new LinkedHashMap<>(instance.values());
                for (RecordedValue value : e.values()) {
                    ValueKey key = new ValueKey(value.metricId(), value.splitId());
                    if (value.value() == null) {
                        values.remove(key);
                    } else {
                        values.put(key, value.value());
                    }
                }
                replace(e.instanceId(), new SessionActivity(instance.activityId(), instance.startedAt(),
                                                            instance.stoppedAt(), values));
            }
            case SessionCompleted e -> {
                completed = true;
                endedAt = e.endedAt();
            }
            case SessionReopened e -> {
                completed = false;
                endedAt = null;
            }
            case SessionDeleted e -> markDeleted();
            case SessionRenamed e -> {
                // texts are not kept
            }
            case SessionDescriptionChanged e -> {
                // texts are not kept
            }
            case SetsRecorded e -> {
                // no rule needs earlier sets
            }
            case InstanceNoteChanged e -> {
                // texts are not kept
            }
        }
    }

    private void replace(UUID instanceId, SessionActivity instance) {
        instances.put(instanceId, instance);
    }
}
