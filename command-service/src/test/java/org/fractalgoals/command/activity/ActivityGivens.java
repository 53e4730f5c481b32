package org.fractalgoals.command.activity;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fractalgoals.events.activity.ActivityCreated;
import org.fractalgoals.events.activity.CreateActivity;
import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.activity.MetricSpec;
import org.fractalgoals.events.activity.SplitDefinition;
import org.fractalgoals.events.activity.SplitSpec;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/** Shared givens for the activity fixtures: one fractal with one group and a set-based piano exercise. */
final class ActivityGivens {

    static final String OWNER = "owner-1";
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    final UUID fractal = UUID.randomUUID();
    final UUID activity = UUID.randomUUID();
    final UUID group = UUID.randomUUID();
    final Set<UUID> groups = new HashSet<>(Set.of(group));
    final MetricDefinition tempo = new MetricDefinition(UUID.randomUUID(), "Tempo", "bpm", true, true);
    final MetricDefinition reps = new MetricDefinition(UUID.randomUUID(), "Reps", "reps", false, true);
    final SplitDefinition left = new SplitDefinition(UUID.randomUUID(), "Left");
    final SplitDefinition right = new SplitDefinition(UUID.randomUUID(), "Right");

    /** A fixture whose aggregates see {@link #groups} as the fractal's groups and read definitions from its store. */
    AggregateTestFixture<Activity> fixture() {
        AggregateTestFixture<Activity> fixture = new AggregateTestFixture<>(Activity.class);
        fixture.registerInjectableResource((ActivityGroupLookup) (inFractal, groupId) ->
                inFractal.equals(fractal) && groups.contains(groupId));
        fixture.registerInjectableResource(new ActivityDefinitions(fixture.getEventStore()));
        return fixture;
    }

    /** "C major scale": sets, splits Left and Right, metrics Tempo (top set) and Reps, in the group. */
    ActivityCreated scale() {
        return new ActivityCreated(fractal, activity, "C major scale", "Two octaves", group, true, true, true, false,
                                   List.of(tempo, reps), List.of(left, right), OWNER, NOW);
    }

    CreateActivity create(String name, boolean hasSets, boolean hasSplits, boolean hasMetrics, List<MetricSpec> metrics,
                          List<SplitSpec> splits) {
        return new CreateActivity(activity, fractal, name, null, null, hasSets, hasSplits, hasMetrics, false, metrics,
                                  splits, OWNER, NOW);
    }

    static MetricSpec metric(String name, String unit) {
        return new MetricSpec(null, name, unit, false, true);
    }

    static MetricSpec topSet(String name, String unit) {
        return new MetricSpec(null, name, unit, true, true);
    }

    static SplitSpec split(String name) {
        return new SplitSpec(null, name);
    }

    static List<MetricSpec> metrics(int count) {
        return IntStream.range(0, count).mapToObj(i -> metric("Metric " + i, "unit")).toList();
    }

    static List<SplitSpec> splits(int count) {
        return IntStream.range(0, count).mapToObj(i -> split("Split #" + (i + 1))).toList();
    }
}
