package org.fractalgoals.command.goal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fractalgoals.events.goal.ComparisonOperator;
import org.fractalgoals.events.goal.Threshold;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Body of a target create or replace: a name, the activity it measures and its thresholds. */
record TargetRequest(@NotBlank @Size(max = TargetRules.NAME_MAX) String name,
                     @NotNull UUID activityId,
                     @NotEmpty @Size(max = TargetRules.THRESHOLDS_MAX) List<@Valid @NotNull ThresholdRequest> thresholds) {

    record ThresholdRequest(@NotNull UUID metricId, @NotNull ComparisonOperator operator, @NotNull BigDecimal value) {
    }

    List<Threshold> toThresholds() {
        return thresholds.stream().map(t -> new Threshold(t.metricId(), t.operator(), t.value())).toList();
    }
}
