package org.fractalgoals.command.session;

import org.fractalgoals.command.activity.ActivityLookup;
import org.fractalgoals.events.session.ActivityInstanceAdded;
import org.fractalgoals.events.session.ActivitySet;
import org.fractalgoals.events.session.RecordedValue;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionInstance;
import org.fractalgoals.events.session.SessionSection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Shared givens for the session fixture tests: a fractal with two goals and three activities (scales with sets
 * and metrics tempo and reps; accuracy with single values split left and right; a plain one without metrics),
 * and a session in it with a warm-up section holding one scales instance.
 */
final class SessionFixture implements SessionReferences {

    static final String OWNER = "owner-1";
    static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-25T10:30:00Z");

    final UUID fractal = UUID.randomUUID();
    final UUID session = UUID.randomUUID();
    final UUID shortTerm = UUID.randomUUID();
    final UUID immediate = UUID.randomUUID();

    final UUID scales = UUID.randomUUID();
    final UUID tempo = UUID.randomUUID();
    final UUID reps = UUID.randomUUID();
    final UUID accuracyDrill = UUID.randomUUID();
    final UUID accuracy = UUID.randomUUID();
    final UUID left = UUID.randomUUID();
    final UUID right = UUID.randomUUID();
    final UUID stretching = UUID.randomUUID();

    final UUID scalesInstance = UUID.randomUUID();

    private final Map<UUID, ActivityLookup.Shape> activities = new HashMap<>();
    private final Set<UUID> goals = new HashSet<>();

    SessionFixture() {
        activities.put(scales, new ActivityLookup.Shape(scales, true, false, true, Set.of(tempo, reps), Set.of()));
        activities.put(accuracyDrill, new ActivityLookup.Shape(accuracyDrill, false, true, true, Set.of(accuracy),
                                                               Set.of(left, right)));
        activities.put(stretching, new ActivityLookup.Shape(stretching, false, false, false, Set.of(), Set.of()));
        goals.add(shortTerm);
        goals.add(immediate);
    }

    void deleteActivity(UUID activityId) {
        activities.remove(activityId);
    }

    @Override
    public Optional<ActivityLookup.Shape> activity(UUID fractalId, UUID activityId) {
        return fractalId.equals(fractal) ? Optional.ofNullable(activities.get(activityId)) : Optional.empty();
    }

    @Override
    public boolean goalExists(UUID fractalId, UUID goalId) {
        return fractalId.equals(fractal) && goals.contains(goalId);
    }

    /** The session, started at {@link #START}, with section "Warm-up" (10 min) holding the scales instance. */
    SessionCreated created() {
        return new SessionCreated(fractal, session, "Daily practice", null, null, null, START, 40,
                                  List.of(new SessionSection("Warm-up", 10, List.of(new SessionInstance(scalesInstance, scales))),
                                          new SessionSection("Repertoire", 30, List.of())),
                                  List.of(shortTerm), OWNER, START);
    }

    ActivityInstanceAdded added(UUID instanceId, UUID activityId, int section, int position) {
        return new ActivityInstanceAdded(fractal, session, instanceId, activityId, section, position, OWNER, START);
    }

    static RecordedValue value(UUID metric, Integer amount) {
        return new RecordedValue(metric, null, amount == null ? null : BigDecimal.valueOf(amount));
    }

    static RecordedValue value(UUID metric, UUID split, int amount) {
        return new RecordedValue(metric, split, BigDecimal.valueOf(amount));
    }

    static ActivitySet set(RecordedValue... values) {
        return new ActivitySet(new ArrayList<>(List.of(values)));
    }
}
