package org.fractalgoals.command.activity;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fractalgoals.command.activity.Refusals.Published;
import org.fractalgoals.events.activity.ActivityChanged;
import org.fractalgoals.events.activity.ActivityDeleted;
import org.fractalgoals.events.activity.ChangeActivity;
import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.activity.MetricSpec;
import org.fractalgoals.events.activity.SplitDefinition;
import org.fractalgoals.events.activity.SplitSpec;
import org.fractalgoals.events.goal.FieldChange;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.ProblemException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fractalgoals.command.activity.ActivityGivens.NOW;
import static org.fractalgoals.command.activity.ActivityGivens.OWNER;
import static org.fractalgoals.command.activity.ActivityGivens.metric;
import static org.fractalgoals.command.activity.ActivityGivens.split;
import static org.fractalgoals.command.activity.Refusals.refusedAt;
import static org.fractalgoals.command.activity.Refusals.refusedWith;

/** Editing an activity: what a PATCH keeps, clears and replaces, and v1.2's matching of metrics and splits. */
class ActivityChangeTest {

    private final ActivityGivens g = new ActivityGivens();
    private AggregateTestFixture<Activity> fixture;

    @BeforeEach
    void setUp() {
        fixture = g.fixture();
    }

    /** A change of only what is given; everything else stays. */
    private ChangeActivity change(String name, List<MetricSpec> metrics, List<SplitSpec> splits) {
        return new ChangeActivity(g.activity, g.fractal, name, null, null, null, null, null, null, metrics, splits, OWNER,
                                  NOW, null);
    }

    private ActivityChanged changed(String name, String description, UUID groupId, List<MetricDefinition> metrics,
                                    List<SplitDefinition> splits, List<UUID> removedMetrics, List<UUID> removedSplits) {
        return new ActivityChanged(g.fractal, g.activity, name, description, groupId, true, true, true, false, metrics,
                                   splits, removedMetrics, removedSplits, OWNER, NOW);
    }

    private ActivityChanged applied(ChangeActivity command) {
        Published published = new Published();
        fixture.given(g.scale()).when(command).expectSuccessfulHandlerExecution().expectEventsMatching(published);
        return published.only(ActivityChanged.class);
    }

    @Test
    void fields_left_out_stay_as_they_are() {
        fixture.given(g.scale())
               .when(change("Scales in C", null, null))
               .expectEvents(changed("Scales in C", "Two octaves", g.group, List.of(g.tempo, g.reps),
                                     List.of(g.left, g.right), List.of(), List.of()));
    }

    @Test
    void a_null_description_is_cleared_and_a_null_group_ungroups() {
        fixture.given(g.scale())
               .when(new ChangeActivity(g.activity, g.fractal, null, FieldChange.to(null), FieldChange.to(null), null,
                                        null, null, null, null, null, OWNER, NOW, null))
               .expectEvents(changed("C major scale", null, null, List.of(g.tempo, g.reps), List.of(g.left, g.right),
                                     List.of(), List.of()));
    }

    @Test
    void an_edit_that_changes_nothing_emits_nothing() {
        fixture.given(g.scale())
               .when(change("C major scale", List.of(new MetricSpec(g.tempo.metricId(), "Tempo", "bpm", true, true),
                                                     metric("Reps", "reps")), null))
               .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void metrics_match_by_id_first_then_by_name_and_unit_and_the_rest_are_new() {
        ActivityChanged event = applied(change(null, List.of(
                new MetricSpec(g.reps.metricId(), "Repetitions", "reps", false, true),
                metric("Tempo", "bpm"),
                metric("Accuracy", "%")), null));

        assertThat(event.metrics()).extracting(MetricDefinition::name).containsExactly("Repetitions", "Tempo", "Accuracy");
        assertThat(event.metrics().get(0).metricId()).isEqualTo(g.reps.metricId());
        assertThat(event.metrics().get(1).metricId()).isEqualTo(g.tempo.metricId());
        assertThat(event.metrics().get(2).metricId()).isNotIn(g.tempo.metricId(), g.reps.metricId()).isNotNull();
        assertThat(event.removedMetricIds()).isEmpty();
        assertThat(event.metrics().get(1).topSet()).isFalse();
    }

    @Test
    void an_id_claims_its_metric_before_a_name_and_unit_match_can() {
        ActivityChanged event = applied(change(null, List.of(
                metric("Reps", "reps"),
                new MetricSpec(g.reps.metricId(), "Sets done", "sets", false, true)), null));

        assertThat(event.metrics().get(0).metricId()).isNotIn(g.reps.metricId(), g.tempo.metricId());
        assertThat(event.metrics().get(1).metricId()).isEqualTo(g.reps.metricId());
        assertThat(event.removedMetricIds()).containsExactly(g.tempo.metricId());
    }

    @Test
    void an_unknown_metric_id_is_matched_by_name_and_unit_like_a_missing_one() {
        ActivityChanged event = applied(change(null, List.of(
                new MetricSpec(UUID.randomUUID(), "Tempo", "bpm", true, true)), null));

        assertThat(event.metrics()).extracting(MetricDefinition::metricId).containsExactly(g.tempo.metricId());
        assertThat(event.removedMetricIds()).containsExactly(g.reps.metricId());
    }

    @Test
    void metrics_left_out_are_removed_and_listed() {
        ActivityChanged event = applied(change(null, List.of(metric("Tempo", "bpm")), null));

        assertThat(event.metrics()).extracting(MetricDefinition::metricId).containsExactly(g.tempo.metricId());
        assertThat(event.removedMetricIds()).containsExactly(g.reps.metricId());
        assertThat(event.splits()).containsExactly(g.left, g.right);
    }

    @Test
    void a_name_and_unit_match_needs_both_to_be_equal() {
        ActivityChanged event = applied(change(null, List.of(metric("Tempo", "BPM"), metric("Reps", "reps")), null));

        assertThat(event.metrics().get(0).metricId()).isNotEqualTo(g.tempo.metricId());
        assertThat(event.metrics().get(1).metricId()).isEqualTo(g.reps.metricId());
        assertThat(event.removedMetricIds()).containsExactly(g.tempo.metricId());
    }

    @Test
    void splits_match_by_id_only_the_rest_are_new_and_those_left_out_are_removed() {
        ActivityChanged event = applied(change(null, null, List.of(new SplitSpec(g.right.splitId(), "Right hand"),
                                                                   split("Left"), split("Both"))));

        assertThat(event.splits()).extracting(SplitDefinition::name).containsExactly("Right hand", "Left", "Both");
        assertThat(event.splits().get(0).splitId()).isEqualTo(g.right.splitId());
        assertThat(event.splits().get(1).splitId()).isNotIn(g.left.splitId(), g.right.splitId());
        assertThat(event.removedSplitIds()).containsExactly(g.left.splitId());
        assertThat(event.removedMetricIds()).isEmpty();
    }

    @Test
    void the_rules_hold_for_the_changed_definition() {
        fixture.given(g.scale())
               .when(change(null, List.of(metric("A", "a"), metric("B", "b"), metric("C", "c"), metric("D", "d")), null))
               .expectException(refusedWith("metrics", "Maximum of 3 metrics allowed per activity.")).expectNoEvents();
        fixture.given(g.scale())
               .when(change(null, null, List.of(split("Only"))))
               .expectException(refusedAt("splits")).expectNoEvents();
        fixture.given(g.scale())
               .when(change("", null, null))
               .expectException(refusedWith("name", "Name is required")).expectNoEvents();
    }

    @Test
    void turning_sets_off_while_a_metric_is_the_top_set_one_is_refused() {
        fixture.given(g.scale())
               .when(new ChangeActivity(g.activity, g.fractal, null, null, null, false, null, null, null, null, null,
                                        OWNER, NOW, null))
               .expectException(refusedAt("metrics[0].topSet")).expectNoEvents();
    }

    @Test
    void turning_splits_off_needs_the_splits_removed_in_the_same_edit() {
        fixture.given(g.scale())
               .when(new ChangeActivity(g.activity, g.fractal, null, null, null, null, false, null, null, null, null,
                                        OWNER, NOW, null))
               .expectException(refusedAt("splits")).expectNoEvents();
        ActivityChanged event = applied(new ChangeActivity(g.activity, g.fractal, null, null, null, null, false, null,
                                                           true, null, List.of(), OWNER, NOW, null));
        assertThat(event.hasSplits()).isFalse();
        assertThat(event.multiplicative()).isTrue();
        assertThat(event.splits()).isEmpty();
        assertThat(event.removedSplitIds()).containsExactly(g.left.splitId(), g.right.splitId());
    }

    @Test
    void the_group_must_exist_and_a_deleted_group_is_dropped_on_the_next_edit() {
        fixture.given(g.scale())
               .when(new ChangeActivity(g.activity, g.fractal, null, null, FieldChange.to(UUID.randomUUID()), null, null,
                                        null, null, null, null, OWNER, NOW, null))
               .expectException(refusedAt("groupId")).expectNoEvents();

        g.groups.clear();
        ActivityChanged event = applied(change("Scales", null, null));
        assertThat(event.groupId()).isNull();
    }

    @Test
    void an_older_or_unknown_version_is_refused_and_the_current_one_accepted() {
        ActivityChanged renamed = changed("Scales", "Two octaves", g.group, List.of(g.tempo, g.reps),
                                          List.of(g.left, g.right), List.of(), List.of());
        fixture.given(g.scale(), renamed)
               .when(new ChangeActivity(g.activity, g.fractal, "Scales in C", null, null, null, null, null, null, null,
                                        null, OWNER, NOW, 0L))
               .expectException(ProblemException.class).expectNoEvents();
        fixture.given(g.scale(), renamed)
               .when(new ChangeActivity(g.activity, g.fractal, "Scales in C", null, null, null, null, null, null, null,
                                        null, OWNER, NOW, 7L))
               .expectException(ConflictingAggregateVersionException.class).expectNoEvents();
        fixture.given(g.scale(), renamed)
               .when(new ChangeActivity(g.activity, g.fractal, "Scales in C", null, null, null, null, null, null, null,
                                        null, OWNER, NOW, 1L))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void someone_elses_activity_one_of_another_fractal_or_a_deleted_one_is_not_found() {
        fixture.given(g.scale())
               .when(new ChangeActivity(g.activity, g.fractal, "x", null, null, null, null, null, null, null, null,
                                        "intruder", NOW, null))
               .expectException(NotFoundException.class).expectNoEvents();
        fixture.given(g.scale())
               .when(new ChangeActivity(g.activity, UUID.randomUUID(), "x", null, null, null, null, null, null, null,
                                        null, OWNER, NOW, null))
               .expectException(NotFoundException.class).expectNoEvents();
        fixture.given(g.scale(), new ActivityDeleted(g.fractal, g.activity, OWNER, NOW))
               .when(change("x", null, null))
               .expectException(AggregateNotFoundException.class).expectNoEvents();
    }
}
