package org.fractalgoals.query.analytics.activity;

import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.fractalgoals.query.analytics.activity.ActivityDefinition.Metric;
import org.fractalgoals.query.analytics.activity.ActivitySeriesMath.Plot;
import org.fractalgoals.query.analytics.activity.ActivitySeriesMath.SetChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ChartParametersTest {

    private final UUID tempo = UUID.randomUUID();
    private final UUID reps = UUID.randomUUID();
    private final UUID left = UUID.randomUUID();
    private final ActivityDefinition scale = new ActivityDefinition(UUID.randomUUID(), "C major scale", true, false, true,
            List.of(new Metric(tempo, "Tempo", "bpm", true, true), new Metric(reps, "Reps", "reps", false, true)), List.of());

    @Test
    void defaults_are_the_first_metric_the_top_set_and_all_splits() {
        assertThat(ChartParameters.metric(scale, null)).isEqualTo(new Plot(tempo));
        assertThat(ChartParameters.sets(null)).isEqualTo(SetChoice.TOP);
        assertThat(ChartParameters.split(scale, null)).isNull();
        assertThat(ChartParameters.axis(scale, "x", null, 0)).isEqualTo(tempo);
        assertThat(ChartParameters.axis(scale, "y", null, 1)).isEqualTo(reps);
    }

    @Test
    void the_answer_names_what_was_read() {
        assertThat(ChartParameters.name(Plot.PRODUCT)).isEqualTo("product");
        assertThat(ChartParameters.name(new Plot(tempo))).isEqualTo(tempo.toString());
        assertThat(ChartParameters.name(SetChoice.AVERAGE)).isEqualTo("average");
        assertThat(ChartParameters.name(scale, null)).isNull();
        assertThat(ChartParameters.name(withSplits(), null)).isEqualTo("all");
        assertThat(ChartParameters.name(withSplits(), left)).isEqualTo(left.toString());
    }

    @Test
    void a_metric_must_be_one_of_the_activity() {
        assertThat(ChartParameters.metric(scale, reps.toString())).isEqualTo(new Plot(reps));
        assertRefused(() -> ChartParameters.metric(scale, UUID.randomUUID().toString()), "metric");
        assertRefused(() -> ChartParameters.metric(scale, "tempo"), "metric");
        assertRefused(() -> ChartParameters.metric(noMetrics(), null), "metric");
    }

    @Test
    void a_product_needs_a_multiplicative_activity_with_two_multiplicative_metrics() {
        assertThat(ChartParameters.metric(scale, "product")).isEqualTo(Plot.PRODUCT);
        ActivityDefinition notMultiplicative = new ActivityDefinition(scale.activityId(), "Scale", true, false, false,
                                                                      scale.metrics(), List.of());
        assertRefused(() -> ChartParameters.metric(notMultiplicative, "product"), "metric");
        ActivityDefinition oneFactor = new ActivityDefinition(scale.activityId(), "Scale", true, false, true,
                List.of(new Metric(tempo, "Tempo", "bpm", true, true), new Metric(reps, "Reps", "reps", false, false)),
                List.of());
        assertRefused(() -> ChartParameters.metric(oneFactor, "product"), "metric");
    }

    @Test
    void sets_are_top_or_average() {
        assertThat(ChartParameters.sets("average")).isEqualTo(SetChoice.AVERAGE);
        assertRefused(() -> ChartParameters.sets("best"), "sets");
        assertRefused(() -> ChartParameters.sets("TOP"), "sets");
    }

    @Test
    void a_split_must_be_all_or_one_of_the_activity() {
        assertThat(ChartParameters.split(withSplits(), left.toString())).isEqualTo(left);
        assertThat(ChartParameters.split(withSplits(), "all")).isNull();
        assertThat(ChartParameters.split(scale, "all")).isNull();
        assertRefused(() -> ChartParameters.split(withSplits(), UUID.randomUUID().toString()), "split");
        assertRefused(() -> ChartParameters.split(withSplits(), "left"), "split");
        assertRefused(() -> ChartParameters.split(scale, left.toString()), "split");
    }

    @Test
    void a_scatter_needs_two_metrics_and_axes_of_the_activity() {
        ActivityDefinition single = new ActivityDefinition(scale.activityId(), "Scale", true, false, false,
                List.of(new Metric(tempo, "Tempo", "bpm", true, false)), List.of());
        RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                                                              () -> ChartParameters.axis(single, "y", null, 1));
        assertThat(refused.errors()).containsExactly(
                new FieldError("x", "Scatter plots need an activity with at least two metrics"));
        assertRefused(() -> ChartParameters.axis(scale, "y", "product", 1), "y");
        assertRefused(() -> ChartParameters.axis(scale, "x", UUID.randomUUID().toString(), 0), "x");
    }

    private ActivityDefinition withSplits() {
        return new ActivityDefinition(scale.activityId(), "Scale", true, true, true, scale.metrics(), List.of(left));
    }

    private ActivityDefinition noMetrics() {
        return new ActivityDefinition(scale.activityId(), "Scale", false, false, false, List.of(), List.of());
    }

    private static void assertRefused(Executable call, String parameter) {
        RuleViolationException refused = catchThrowableOfType(RuleViolationException.class, call::execute);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.errors()).extracting(FieldError::field).containsExactly(parameter);
    }
}
