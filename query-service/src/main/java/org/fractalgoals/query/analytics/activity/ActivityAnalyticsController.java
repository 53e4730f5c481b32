package org.fractalgoals.query.analytics.activity;

import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.query.analytics.activity.ActivityAnalyticsRepository.Chart;
import org.fractalgoals.query.analytics.activity.ActivityAnalyticsRepository.InstanceValues;
import org.fractalgoals.query.analytics.activity.ActivitySeriesMath.Plot;
import org.fractalgoals.query.analytics.activity.ActivitySeriesMath.SetChoice;
import org.fractalgoals.query.consistency.ReadModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The activity charts of docs/analytics.md. The ownership interceptor has refused foreign fractals already; every
 * read here is still scoped to the fractal of the path, so another fractal's activity is not found. A consistency
 * token also waits for "goal-tree", which that ownership check reads.
 */
@RestController
@RequestMapping("/api/v1/fractals/{fractalId}/analytics/activities")
@ReadModel({ActivityAnalyticsProjection.GROUP, "goal-tree"})
class ActivityAnalyticsController {

    private final ActivityAnalyticsRepository analytics;

    ActivityAnalyticsController(ActivityAnalyticsRepository analytics) {
        this.analytics = analytics;
    }

    @GetMapping
    ActivityUsageList activities(@PathVariable UUID fractalId) {
        return new ActivityUsageList(analytics.usage(fractalId).stream().map(usage -> new ActivityUsageList.Item(
                usage.activityId(), usage.name(), usage.instanceCount(), usage.lastUsedAt(),
                usage.metrics().stream().map(metric -> new ActivityUsageList.MetricView(
                        metric.metricId(), metric.name(), metric.unit())).toList())).toList());
    }

    @GetMapping("/{activityId}/series")
    ActivitySeries series(@PathVariable UUID fractalId, @PathVariable UUID activityId,
                          @RequestParam(required = false) String metric, @RequestParam(required = false) String sets,
                          @RequestParam(required = false) String split) {
        Chart chart = chart(fractalId, activityId);
        ActivityDefinition activity = chart.activity();
        Plot plot = ChartParameters.metric(activity, metric);
        SetChoice choice = ChartParameters.sets(sets);
        UUID splitId = ChartParameters.split(activity, split);
        ActivitySeriesMath math = new ActivitySeriesMath(activity, splitId);
        List<ActivitySeries.Point> points = new ArrayList<>();
        for (InstanceValues instance : chart.instances()) {
            math.value(instance.sets(), plot, choice).ifPresent(value -> points.add(
                    new ActivitySeries.Point(instance.sessionId(), instance.at(), value)));
        }
        return new ActivitySeries(activityId, ChartParameters.name(plot), ChartParameters.name(choice),
                                  ChartParameters.name(activity, splitId), points);
    }

    @GetMapping("/{activityId}/scatter")
    ActivityScatter scatter(@PathVariable UUID fractalId, @PathVariable UUID activityId,
                            @RequestParam(required = false) String x, @RequestParam(required = false) String y,
                            @RequestParam(required = false) String sets, @RequestParam(required = false) String split) {
        Chart chart = chart(fractalId, activityId);
        ActivityDefinition activity = chart.activity();
        UUID xMetric = ChartParameters.axis(activity, "x", x, 0);
        UUID yMetric = ChartParameters.axis(activity, "y", y, 1);
        SetChoice choice = ChartParameters.sets(sets);
        UUID splitId = ChartParameters.split(activity, split);
        ActivitySeriesMath math = new ActivitySeriesMath(activity, splitId);
        List<ActivityScatter.Point> points = new ArrayList<>();
        for (InstanceValues instance : chart.instances()) {
            math.point(instance.sets(), xMetric, yMetric, choice).ifPresent(point -> points.add(
                    new ActivityScatter.Point(instance.sessionId(), instance.at(), point.x(), point.y())));
        }
        return new ActivityScatter(activityId, xMetric, yMetric, ChartParameters.name(choice),
                                   ChartParameters.name(activity, splitId), points);
    }

    private Chart chart(UUID fractalId, UUID activityId) {
        return analytics.chart(fractalId, activityId).orElseThrow(() -> new NotFoundException("Activity"));
    }
}
