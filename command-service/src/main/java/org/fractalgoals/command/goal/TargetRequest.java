package org.fractalgoals.command.goal;

import io.swagger.v3.oas.annotations.media.Schema;
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
@Schema(example = """
        {"name": "Scale at 120 bpm", "activityId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
         "thresholds": [{"metricId": "1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a", "operator": "GTE", "value": 120}]}""")
record TargetRequest(@NotBlank @Size(max = TargetRules.NAME_MAX) String name,
                     @NotNull UUID activityId,
                     @NotEmpty @Size(max = TargetRules.THRESHOLDS_MAX) List<@Valid @NotNull ThresholdRequest> thresholds) {

    record ThresholdRequest(@NotNull UUID metricId, @NotNull ComparisonOperator operator, @NotNull BigDecimal value) {
    }

    List<Threshold> toThresholds() {
        return thresholds.stream().map(t -> new Threshold(t.metricId(), t.operator(), t.value())).toList();
    }
}
