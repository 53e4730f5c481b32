package org.fractalgoals.query.export;

import org.fractalgoals.events.personaldata.OwnedEvent;
import org.fractalgoals.events.session.ActivityInstanceAdded;
import org.fractalgoals.events.session.ActivityInstanceMoved;
import org.fractalgoals.events.session.ActivityInstanceRemoved;
import org.fractalgoals.events.session.ActivitySet;
import org.fractalgoals.events.session.InstanceNoteChanged;
import org.fractalgoals.events.session.InstanceTimesSet;
import org.fractalgoals.events.session.RecordedValue;
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
import org.fractalgoals.events.session.SetsRecorded;
import org.fractalgoals.events.session.TimerReset;
import org.fractalgoals.events.session.TimerStarted;
import org.fractalgoals.events.session.TimerStopped;
import org.fractalgoals.events.session.ValuesRecorded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A practice session from its own stream: its fields, the goals linked to it, and its sections with their activity
 * instances in order, each with its times, sets, single values and notes. What other streams do to a session (a goal
 * deleted, a program day deleted) is not in this stream and not in this state.
 */
final class SessionFold implements StateFold {

    private Fields fields;
    private final Set<UUID> goalIds = new LinkedHashSet<>();
    private final List<MutableSection> sections = new ArrayList<>();
    private final Map<UUID, MutableInstance> instances = new HashMap<>();
    private boolean deleted;

    @Override
    public void apply(OwnedEvent event) {
        if (!(event instanceof SessionEvent sessionEvent)) {
            return;
        }
        switch (sessionEvent) {
            case SessionCreated e -> create(e);
            case SessionRenamed e -> change(current -> current.withName(e.name()));
            case SessionDescriptionChanged e -> change(current -> current.withDescription(e.description()));
            case SessionStartChanged e -> change(current -> current.withTimes(e.startedAt(), e.endedAt()));
            case SessionGoalsLinked e -> goalIds.addAll(e.goalIds());
            case SessionGoalsUnlinked e -> e.goalIds().forEach(goalIds::remove);
            case SessionSectionAdded e -> sections.add(Math.min(Math.max(e.section(), 0), sections.size()),
                                                       new MutableSection(e.name(), e.plannedMinutes()));
            case ActivityInstanceAdded e -> {
                if (!instances.containsKey(e.instanceId()) && place(e.instanceId(), e.section(), e.position())) {
                    instances.put(e.instanceId(), new MutableInstance(e.activityId()));
                }
            }
            case ActivityInstanceRemoved e -> {
                sections.forEach(section -> section.instanceIds.remove(e.instanceId()));
                instances.remove(e.instanceId());
            }
            case ActivityInstanceMoved e -> {
                if (instances.containsKey(e.instanceId()) && e.section() >= 0 && e.section() < sections.size()) {
                    sections.forEach(section -> section.instanceIds.remove(e.instanceId()));
                    place(e.instanceId(), e.section(), e.position());
                }
            }
            case TimerStarted e -> instance(e.instanceId()).times(e.startedAt(), null, null);
            case TimerStopped e -> {
                MutableInstance instance = instance(e.instanceId());
                instance.times(instance.startedAt, e.stoppedAt(), e.durationSeconds());
            }
            case TimerReset e -> instance(e.instanceId()).times(null, null, null);
            case InstanceTimesSet e -> instance(e.instanceId()).times(e.startedAt(), e.stoppedAt(), e.durationSeconds());
            case SetsRecorded e -> instance(e.instanceId()).sets = e.sets() == null ? List.of() : List.copyOf(e.sets());
            case ValuesRecorded e -> instance(e.instanceId()).record(e.values());
            case InstanceNoteChanged e -> instance(e.instanceId()).notes = e.notes();
            case SessionCompleted e -> change(current -> current.completed(e.occurredAt(), e.endedAt(), e.durationSeconds()));
            case SessionReopened e -> change(Fields::reopened);
            case SessionDeleted e -> deleted = true;
        }
    }

    private void create(SessionCreated e) {
        if (fields != null) {
            return;
        }
        fields = new Fields(e.name(), e.description(), e.templateId(), e.programDayId(), e.startedAt(), null,
                            e.plannedMinutes(), false, null, null);
        goalIds.addAll(e.goalIds());
        for (SessionSection section : e.sections()) {
            MutableSection created = new MutableSection(section.name(), section.plannedMinutes());
            sections.add(created);
            for (SessionInstance instance : section.instances()) {
                created.instanceIds.add(instance.instanceId());
                instances.put(instance.instanceId(), new MutableInstance(instance.activityId()));
            }
        }
    }

    private void change(UnaryOperator<Fields> change) {
        if (fields != null) {
            fields = change.apply(fields);
        }
    }

    /** Puts the instance at the position (clamped to the section's size) of an existing section. */
    private boolean place(UUID instanceId, int section, int position) {
        if (section < 0 || section >= sections.size()) {
            return false;
        }
        List<UUID> ids = sections.get(section).instanceIds;
        ids.add(Math.min(Math.max(position, 0), ids.size()), instanceId);
        return true;
    }

    /** An instance the stream does not know (any more) records nothing: a placeholder outside the session. */
    private MutableInstance instance(UUID instanceId) {
        MutableInstance instance = instances.get(instanceId);
        return instance != null ? instance : new MutableInstance(null);
    }

    @Override
    public boolean deleted() {
        return deleted;
    }

    @Override
    public Object state() {
        if (fields == null) {
            return null;
        }
        List<Section> views = sections.stream().map(section -> new Section(
                section.name, section.plannedMinutes,
                section.instanceIds.stream().map(id -> instances.get(id).view(id)).toList())).toList();
        return new State(fields.name(), fields.description(), fields.templateId(), fields.programDayId(),
                         fields.startedAt(), fields.endedAt(), fields.plannedMinutes(), fields.completed(),
                         fields.completedAt(), fields.durationSeconds(), List.copyOf(goalIds), views);
    }

    private record Fields(String name, String description, UUID templateId, UUID programDayId, Instant startedAt,
                          Instant endedAt, Integer plannedMinutes, boolean completed, Instant completedAt,
                          Long durationSeconds) {

        Fields withName(String newName) {
            return new Fields(newName, description, templateId, programDayId, startedAt, endedAt, plannedMinutes,
                              completed, completedAt, durationSeconds);
        }

        Fields withDescription(String newDescription) {
            return new Fields(name, newDescription, templateId, programDayId, startedAt, endedAt, plannedMinutes,
                              completed, completedAt, durationSeconds);
        }

        /** {@code newEnd} is the moved end of a completed session, and null for an open one. */
        Fields withTimes(Instant newStart, Instant newEnd) {
            return new Fields(name, description, templateId, programDayId, newStart, newEnd, plannedMinutes, completed,
                              completedAt, durationSeconds);
        }

        Fields completed(Instant at, Instant end, long duration) {
            return new Fields(name, description, templateId, programDayId, startedAt, end, plannedMinutes, true, at,
                              duration);
        }

        Fields reopened() {
            return new Fields(name, description, templateId, programDayId, startedAt, null, plannedMinutes, false, null,
                              null);
        }
    }

    private static final class MutableSection {

        final String name;
        final Integer plannedMinutes;
        final List<UUID> instanceIds = new ArrayList<>();

        MutableSection(String name, Integer plannedMinutes) {
            this.name = name;
            this.plannedMinutes = plannedMinutes;
        }
    }

    private static final class MutableInstance {

        final UUID activityId;
        Instant startedAt;
        Instant stoppedAt;
        Long durationSeconds;
        List<ActivitySet> sets = List.of();
        /** By metric and split, in the order first recorded. */
        final Map<List<UUID>, RecordedValue> values = new LinkedHashMap<>();
        String notes;

        MutableInstance(UUID activityId) {
            this.activityId = activityId;
        }

        void times(Instant start, Instant stop, Long duration) {
            startedAt = start;
            stoppedAt = stop;
            durationSeconds = duration;
        }

        /** Sets each value by its metric and split; a null value clears that one. */
        void record(List<RecordedValue> recorded) {
            for (RecordedValue value : recorded == null ? List.<RecordedValue>of() : recorded) {
                List<UUID> key = Arrays.asList(value.metricId(), value.splitId());
                if (value.value() == null) {
                    values.remove(key);
                } else {
                    values.put(key, value);
                }
            }
        }

        Instance view(UUID id) {
            return new Instance(id, activityId, startedAt, stoppedAt, durationSeconds, sets, List.copyOf(values.values()),
                                notes);
        }
    }

    record State(String name, String description, UUID templateId, UUID programDayId, Instant startedAt, Instant endedAt,
                 Integer plannedMinutes, boolean completed, Instant completedAt, Long durationSeconds, List<UUID> goalIds,
                 List<Section> sections) {
    }

    record Section(String name, Integer plannedMinutes, List<Instance> instances) {
    }

    record Instance(UUID id, UUID activityId, Instant startedAt, Instant stoppedAt, Long durationSeconds,
                    List<ActivitySet> sets, List<RecordedValue> values, String notes) {
    }
}
