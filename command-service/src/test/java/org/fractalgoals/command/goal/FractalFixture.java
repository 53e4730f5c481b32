package org.fractalgoals.command.goal;

import org.fractalgoals.events.goal.ComparisonOperator;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.MetricValue;
import org.fractalgoals.events.goal.RecordedSet;
import org.fractalgoals.events.goal.Threshold;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Shared givens for the aggregate fixture tests: one fractal with a small tree. */
final class FractalFixture {

    static final String OWNER = "owner-1";
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    final UUID fractal = UUID.randomUUID();
    final UUID longTerm = UUID.randomUUID();
    final UUID midTerm = UUID.randomUUID();
    final UUID shortTerm = UUID.randomUUID();

    FractalCreated created() {
        return new FractalCreated(fractal, OWNER, NOW);
    }

    GoalCreated root(LocalDate deadline) {
        return new GoalCreated(fractal, fractal, null, GoalLevel.ULTIMATE, "Become a pianist", null, deadline, null, OWNER, NOW);
    }

    GoalCreated goal(UUID id, UUID parent, GoalLevel level, LocalDate deadline) {
        return new GoalCreated(fractal, id, parent, level, "goal", null, deadline, null, OWNER, NOW);
    }

    /** Root → long-term → mid-term → short-term, no deadlines. */
    Object[] chain() {
        return new Object[]{created(), root(null), goal(longTerm, fractal, GoalLevel.LONG_TERM, null),
                goal(midTerm, longTerm, GoalLevel.MID_TERM, null), goal(shortTerm, midTerm, GoalLevel.SHORT_TERM, null)};
    }

    static Object[] plus(Object[] given, Object... more) {
        Object[] all = Arrays.copyOf(given, given.length + more.length);
        System.arraycopy(more, 0, all, given.length, more.length);
        return all;
    }

    static Threshold atLeast(UUID metric, int value) {
        return new Threshold(metric, ComparisonOperator.GTE, BigDecimal.valueOf(value));
    }

    static RecordedSet set(Object... metricAndValue) {
        List<MetricValue> values = new java.util.ArrayList<>();
        for (int i = 0; i < metricAndValue.length; i += 2) {
            values.add(new MetricValue((UUID) metricAndValue[i], null, BigDecimal.valueOf((Integer) metricAndValue[i + 1])));
        }
        return new RecordedSet(values);
    }
}
