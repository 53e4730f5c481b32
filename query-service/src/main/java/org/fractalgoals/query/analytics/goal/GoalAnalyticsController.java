package org.fractalgoals.query.analytics.goal;

import org.fractalgoals.query.analytics.PeriodBucket;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.fractalgoals.query.consistency.ReadModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Goal analytics of a fractal. The ownership check has answered 404 for a fractal that is not the caller's before
 * these run; a consistency token waits for this read model and for the goal tree, which that check reads.
 */
@RestController
@RequestMapping("/api/v1/fractals/{fractalId}/analytics/goals")
@ReadModel({GoalAnalyticsProjection.GROUP, "goal-tree"})
class GoalAnalyticsController {

    private final GoalAnalyticsRepository analytics;

    GoalAnalyticsController(GoalAnalyticsRepository analytics) {
        this.analytics = analytics;
    }

    @GetMapping("/time")
    GoalTime.Page time(@PathVariable UUID fractalId) {
        return analytics.inSnapshot(() -> new GoalTime.Page(
                TimePerGoal.of(GoalTree.of(analytics.goals(fractalId)), analytics.links(fractalId))));
    }

    @GetMapping("/completions")
    GoalCompletions completions(@PathVariable UUID fractalId,
                                @RequestParam(defaultValue = "week") String bucket,
                                @RequestParam(defaultValue = "UTC") String tz) {
        PeriodBucket periods = PeriodBucket.named(bucket)
                                           .orElseThrow(() -> new RuleViolationException("bucket", "Must be week or month"));
        ZoneId zone = zone(tz);
        return GoalCompletions.of(GoalTree.of(analytics.inSnapshot(() -> analytics.goals(fractalId))), periods, zone);
    }

    private static ZoneId zone(String tz) {
        try {
            return ZoneId.of(tz);
        } catch (DateTimeException e) {
            throw new RuleViolationException("tz", "Must be a time zone id such as Europe/Berlin");
        }
    }
}
