package org.fractalgoals.command.importing;

import org.fractalgoals.command.importing.v1.V1Activity;
import org.fractalgoals.command.importing.v1.V1Database;
import org.fractalgoals.command.importing.v1.V1Goal;
import org.fractalgoals.command.importing.v1.V1Target;
import org.fractalgoals.events.goal.AddTarget;
import org.fractalgoals.events.goal.ComparisonOperator;
import org.fractalgoals.events.goal.Threshold;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The targets of the imported goals ({@code goals.targets}). Every v1.2 threshold meant "value ≥ threshold", so
 * each becomes a {@link ComparisonOperator#GTE} threshold on the imported metric. A target whose activity or
 * metric did not come over is refused with the reason. Adding a target never completes its goal: an imported
 * goal is complete exactly when v1.2 stored it so.
 */
@Component
@Order(300)
public class TargetsImport implements ImportStep {

    static final String TARGETS = "targets";

    @Override
    public int rows(V1Database source) {
        return source.goals().stream().mapToInt(goal -> goal.targets().size()).sum();
    }

    @Override
    public void run(V1Database source, ImportContext context) {
        V1GoalTree tree = new V1GoalTree(source.goals());
        Map<String, V1Activity> activities = new HashMap<>();
        source.activities().forEach(activity -> activities.putIfAbsent(activity.id(), activity));
        Set<String> seen = new HashSet<>();
        for (V1Goal goal : tree.all()) {
            List<V1Target> targets = goal.targets();
            for (int i = 0; i < targets.size(); i++) {
                V1Target target = targets.get(i);
                // v1.2 made target ids per goal; a copied one would otherwise be taken for the first goal's.
                String sourceId = target.id() != null && seen.add(target.id())
                        ? target.id() : goal.id() + "/" + (target.id() != null ? target.id() : i);
                importTarget(sourceId, target, goal, tree, activities, context);
            }
        }
    }

    private static void importTarget(String sourceId, V1Target target, V1Goal goal, V1GoalTree tree,
                                     Map<String, V1Activity> activities, ImportContext context) {
        Optional<V1Goal> root = tree.rootOf(goal.id());
        if (root.isEmpty() || !context.imported(GoalsImport.GOALS, goal.id())) {
            context.refuse(TARGETS, sourceId, "its goal " + goal.id() + " was not imported");
            return;
        }
        V1Activity activity = target.activityId() == null ? null : activities.get(target.activityId());
        String refusal = null;
        if (activity == null) {
            refusal = "its activity " + target.activityId() + " is not in the file";
        } else if (!root.get().id().equals(activity.rootId())) {
            refusal = "its activity " + activity.id() + " belongs to another fractal";
        } else if (!context.imported(CatalogueImport.ACTIVITIES, activity.id())) {
            refusal = "its activity " + activity.id() + " was not imported";
        }
        if (refusal != null) {
            context.refuse(TARGETS, sourceId, refusal);
            return;
        }
        Set<String> metrics = new HashSet<>();
        CatalogueImport.metricsKept(activity).forEach(metric -> metrics.add(metric.id()));
        List<Threshold> thresholds = new ArrayList<>();
        for (V1Target.V1Threshold threshold : target.thresholds()) {
            if (threshold.metricId() == null || !metrics.contains(threshold.metricId())) {
                context.refuse(TARGETS, sourceId, "its metric " + threshold.metricId()
                        + " is not a metric of its activity " + activity.id() + " in the file");
                return;
            }
            thresholds.add(new Threshold(context.idOf(CatalogueImport.METRICS, threshold.metricId()),
                                         ComparisonOperator.GTE, decimal(threshold.value())));
        }
        // v1.2 kept no time for a target; the goal's creation is the earliest it can have had it.
        ImportContext.Outcome outcome = context.create(TARGETS, sourceId, new AddTarget(
                V1Fractals.fractalId(root.get().id(), context), context.idOf(GoalsImport.GOALS, goal.id()),
                context.idOf(TARGETS, sourceId), target.name(), context.idOf(CatalogueImport.ACTIVITIES, activity.id()),
                thresholds, null, context.ownerId(), goal.createdAt()));
        if (outcome.succeeded() && V1Text.orNull(target.description()) != null) {
            context.warn(TARGETS, sourceId, "its description is left out: targets have none today");
        }
    }

    /** v1.2 stored thresholds as REAL: 120.0 is the 120 the user typed. */
    static BigDecimal decimal(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }
}
