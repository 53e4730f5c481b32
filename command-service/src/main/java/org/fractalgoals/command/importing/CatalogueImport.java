package org.fractalgoals.command.importing;

import org.fractalgoals.command.importing.v1.V1Activity;
import org.fractalgoals.command.importing.v1.V1ActivityGroup;
import org.fractalgoals.command.importing.v1.V1Database;
import org.fractalgoals.events.activity.CreateActivity;
import org.fractalgoals.events.activity.CreateActivityGroup;
import org.fractalgoals.events.activity.MetricSpec;
import org.fractalgoals.events.activity.SplitSpec;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The activity catalogue: each fractal's groups in their v1.2 sort order (created in that order, so no reorder
 * is needed), then the activities with their metrics, splits and flags. Metrics and splits keep ids derived from
 * their v1.2 ids ({@code idOf("metrics", …)}, {@code idOf("splits", …)}), for targets and sets to refer to. An
 * activity whose group is gone is imported without a group; one that breaks today's rules (more than 3 metrics,
 * fewer than 2 or more than 5 splits…) is refused with the rule's reason.
 */
@Component
@Order(200)
public class CatalogueImport implements ImportStep {

    static final String GROUPS = "activityGroups";
    static final String ACTIVITIES = "activities";
    static final String METRICS = "metrics";
    static final String SPLITS = "splits";

    private static final Comparator<V1ActivityGroup> GROUP_ORDER =
            Comparator.comparingInt(V1ActivityGroup::sortOrder)
                      .thenComparing(V1ActivityGroup::createdAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                      .thenComparing(V1ActivityGroup::id);
    private static final Comparator<V1Activity> CREATION_ORDER =
            Comparator.comparing(V1Activity::createdAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                      .thenComparing(V1Activity::id);

    @Override
    public int rows(V1Database source) {
        return source.activityGroups().size() + source.activities().size();
    }

    @Override
    public void run(V1Database source, ImportContext context) {
        V1Fractals fractals = new V1Fractals(source);
        source.activityGroups().stream().sorted(GROUP_ORDER).forEach(group -> importGroup(group, fractals, context));
        Map<String, V1ActivityGroup> groups = new HashMap<>();
        source.activityGroups().forEach(group -> groups.putIfAbsent(group.id(), group));
        source.activities().stream().sorted(CREATION_ORDER)
              .forEach(activity -> importActivity(activity, groups, fractals, context));
    }

    private static void importGroup(V1ActivityGroup group, V1Fractals fractals, ImportContext context) {
        Optional<String> refusal = fractals.refusal(group.rootId(), context)
                                           .or(() -> group.createdAt() == null
                                                   ? Optional.of("it has no creation time") : Optional.empty());
        if (refusal.isPresent()) {
            context.refuse(GROUPS, group.id(), refusal.get());
            return;
        }
        context.create(GROUPS, group.id(), new CreateActivityGroup(
                V1Fractals.fractalId(group.rootId(), context), context.idOf(GROUPS, group.id()), group.name(),
                V1Text.orNull(group.description()), context.ownerId(), group.createdAt()));
    }

    private static void importActivity(V1Activity activity, Map<String, V1ActivityGroup> groups, V1Fractals fractals,
                                       ImportContext context) {
        Optional<String> refusal = fractals.refusal(activity.rootId(), context)
                                           .or(() -> activity.createdAt() == null
                                                   ? Optional.of("it has no creation time") : Optional.empty());
        if (refusal.isPresent()) {
            context.refuse(ACTIVITIES, activity.id(), refusal.get());
            return;
        }
        if (activity.hasMetrics() && activity.metrics().isEmpty()) {
            context.warn(ACTIVITIES, activity.id(), "it has metrics switched on but no metric; imported without metrics");
        }
        if (!activity.hasMetrics() && !activity.metrics().isEmpty()) {
            context.warn(ACTIVITIES, activity.id(), "it has metrics switched off; its " + activity.metrics().size()
                    + " metric(s) are left out");
        }
        if (!activity.hasSplits() && !activity.splits().isEmpty()) {
            context.warn(ACTIVITIES, activity.id(), "it has splits switched off; its " + activity.splits().size()
                    + " split(s) are left out");
        }
        if (!activity.hasSets() && activity.metrics().stream().anyMatch(V1Activity.V1Metric::topSetMetric)) {
            context.warn(ACTIVITIES, activity.id(),
                         "a metric is marked as the top-set metric of an activity without sets; the mark is dropped");
        }
        List<MetricSpec> metrics = metricsKept(activity).stream()
                .map(metric -> new MetricSpec(context.idOf(METRICS, metric.id()), metric.name(), metric.unit(),
                                              activity.hasSets() && metric.topSetMetric(), metric.multiplicative()))
                .toList();
        List<SplitSpec> splits = activity.hasSplits()
                ? activity.splits().stream()
                          .sorted(Comparator.comparingInt(V1Activity.V1Split::order))
                          .map(split -> new SplitSpec(context.idOf(SPLITS, split.id()), split.name()))
                          .toList()
                : List.of();
        context.create(ACTIVITIES, activity.id(), new CreateActivity(
                context.idOf(ACTIVITIES, activity.id()), V1Fractals.fractalId(activity.rootId(), context),
                activity.name(), V1Text.orNull(activity.description()), groupOf(activity, groups, context),
                activity.hasSets(), activity.hasSplits(), !metrics.isEmpty(), activity.metricsMultiplicative(), metrics,
                splits, context.ownerId(), activity.createdAt()));
    }

    /**
     * The metrics an imported activity has: v1.2 kept the flag and the metric rows apart, and today's rules want
     * them to agree (metrics only when switched on, and switched on only with a metric).
     */
    static List<V1Activity.V1Metric> metricsKept(V1Activity activity) {
        return activity.hasMetrics() ? activity.metrics() : List.of();
    }

    /** The group's new id, or null (with a warning) when the group is not there to be put in. */
    private static UUID groupOf(V1Activity activity, Map<String, V1ActivityGroup> groups, ImportContext context) {
        if (activity.groupId() == null) {
            return null;
        }
        V1ActivityGroup group = groups.get(activity.groupId());
        String problem = null;
        if (group == null) {
            problem = "is not in the file";
        } else if (!activity.rootId().equals(group.rootId())) {
            problem = "belongs to another fractal";
        } else if (!context.imported(GROUPS, group.id())) {
            problem = "was not imported";
        }
        if (problem != null) {
            context.warn(ACTIVITIES, activity.id(), "its group " + activity.groupId() + " " + problem
                    + "; imported without a group");
            return null;
        }
        return context.idOf(GROUPS, group.id());
    }
}
