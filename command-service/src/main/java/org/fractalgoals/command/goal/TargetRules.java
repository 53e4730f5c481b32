package org.fractalgoals.command.goal;

import org.fractalgoals.events.goal.MetricValue;
import org.fractalgoals.events.goal.RecordedSet;
import org.fractalgoals.events.goal.Threshold;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.RuleViolationException;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a valid target is, and when evidence meets it: one set (or the single values of an activity without
 * sets) must meet every threshold; for an activity with splits, a threshold is met when the value of any
 * split meets it. A target without thresholds could never be met, so none is accepted.
 */
final class TargetRules {

    static final int NAME_MAX = 200;
    static final int THRESHOLDS_MAX = 10;

    private TargetRules() {
    }

    static void check(String name, UUID activityId, List<Threshold> thresholds) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "Must not be blank"));
        } else if (name.length() > NAME_MAX) {
            errors.add(new FieldError("name", "At most " + NAME_MAX + " characters"));
        }
        if (activityId == null) {
            errors.add(new FieldError("activityId", "Must name the activity the target measures"));
        }
        if (thresholds == null || thresholds.isEmpty()) {
            errors.add(new FieldError("thresholds", "At least one threshold is needed"));
        } else if (thresholds.size() > THRESHOLDS_MAX) {
            errors.add(new FieldError("thresholds", "At most " + THRESHOLDS_MAX + " thresholds"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }

    static boolean isMetBy(List<Threshold> thresholds, List<RecordedSet> sets) {
        if (thresholds.isEmpty() || sets == null) {
            return false;
        }
        return sets.stream().anyMatch(set -> thresholds.stream().allMatch(threshold -> meets(set, threshold)));
    }

    private static boolean meets(RecordedSet set, Threshold threshold) {
        for (MetricValue value : set.values()) {
            if (value.metricId().equals(threshold.metricId()) && value.value() != null
                    && threshold.operator().holds(value.value(), threshold.value())) {
                return true;
            }
        }
        return false;
    }
}
