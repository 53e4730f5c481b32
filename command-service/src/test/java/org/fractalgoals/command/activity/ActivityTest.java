package org.fractalgoals.command.activity;

import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fractalgoals.command.activity.Refusals.Published;
import org.fractalgoals.events.activity.ActivityChanged;
import org.fractalgoals.events.activity.ActivityCreated;
import org.fractalgoals.events.activity.ActivityDeleted;
import org.fractalgoals.events.activity.CreateActivity;
import org.fractalgoals.events.activity.DeleteActivity;
import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.activity.MetricSpec;
import org.fractalgoals.events.activity.SplitDefinition;
import org.fractalgoals.events.activity.SplitSpec;
import org.fractalgoals.platform.ImportMetaData;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.ProblemException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.fractalgoals.command.activity.ActivityGivens.NOW;
import static org.fractalgoals.command.activity.ActivityGivens.OWNER;
import static org.fractalgoals.command.activity.ActivityGivens.metric;
import static org.fractalgoals.command.activity.ActivityGivens.metrics;
import static org.fractalgoals.command.activity.ActivityGivens.split;
import static org.fractalgoals.command.activity.ActivityGivens.splits;
import static org.fractalgoals.command.activity.ActivityGivens.topSet;
import static org.fractalgoals.command.activity.Refusals.refusedAt;
import static org.fractalgoals.command.activity.Refusals.refusedWith;

/** Defining and deleting an activity: every rule of a definition and every refusal. */
class ActivityTest {

    private final ActivityGivens g = new ActivityGivens();
    private AggregateTestFixture<Activity> fixture;

    @BeforeEach
    void setUp() {
        fixture = g.fixture();
    }

    @Test
    void a_new_activity_gets_new_ids_for_its_metrics_and_splits_in_the_order_given() {
        Published published = new Published();
        UUID proposed = UUID.randomUUID();
        fixture.givenNoPriorActivity()
               .when(new CreateActivity(g.activity, g.fractal, "C major scale", "Two octaves", g.group, true, true, true,
                                        true, List.of(new MetricSpec(proposed, "Tempo", "bpm", true, false),
                                                      metric("Reps", "reps")),
                                        List.of(split("Left"), split("Right")), OWNER, NOW))
               .expectSuccessfulHandlerExecution()
               .expectEventsMatching(published);

        ActivityCreated created = published.only(ActivityCreated.class);
        assertThat(created.activityId()).isEqualTo(g.activity);
        assertThat(created.fractalId()).isEqualTo(g.fractal);
        assertThat(created.name()).isEqualTo("C major scale");
        assertThat(created.description()).isEqualTo("Two octaves");
        assertThat(created.groupId()).isEqualTo(g.group);
        assertThat(List.of(created.hasSets(), created.hasSplits(), created.hasMetrics(), created.multiplicative()))
                .containsExactly(true, true, true, true);
        assertThat(created.metrics()).extracting(MetricDefinition::name, MetricDefinition::unit, MetricDefinition::topSet,
                                                 MetricDefinition::multiplicative)
                                     .containsExactly(tuple("Tempo", "bpm", true, false),
                                                      tuple("Reps", "reps", false, true));
        assertThat(created.metrics()).extracting(MetricDefinition::metricId).doesNotContainNull()
                                     .doesNotHaveDuplicates().doesNotContain(proposed);
        assertThat(created.splits()).extracting(SplitDefinition::name).containsExactly("Left", "Right");
        assertThat(created.splits()).extracting(SplitDefinition::splitId).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(created.ownerId()).isEqualTo(OWNER);
        assertThat(created.occurredAt()).isEqualTo(NOW);
    }

    @Test
    void an_imported_activity_keeps_the_metric_and_split_ids_it_names_so_that_imported_targets_and_sets_find_them() {
        UUID tempo = UUID.randomUUID();
        UUID left = UUID.randomUUID();
        UUID right = UUID.randomUUID();
        fixture.givenNoPriorActivity()
               .when(new CreateActivity(g.activity, g.fractal, "Hand independence", null, null, false, true, true, false,
                                        List.of(new MetricSpec(tempo, "Tempo", "bpm", false, true)),
                                        List.of(new SplitSpec(left, "Left"), new SplitSpec(right, "Right")), OWNER, NOW),
                     MetaData.with(ImportMetaData.IMPORT_ID, "import-1"))
               .expectEvents(new ActivityCreated(g.fractal, g.activity, "Hand independence", null, null, false, true,
                                                 true, false, List.of(new MetricDefinition(tempo, "Tempo", "bpm", false, true)),
                                                 List.of(new SplitDefinition(left, "Left"), new SplitDefinition(right, "Right")),
                                                 OWNER, NOW));
    }

    @Test
    void an_imported_activity_is_held_to_the_same_rules() {
        fixture.givenNoPriorActivity()
               .when(g.create("Scales", false, false, true, metrics(4), List.of()),
                     MetaData.with(ImportMetaData.IMPORT_ID, "import-1"))
               .expectException(refusedWith("metrics", "Maximum of 3 metrics allowed per activity.")).expectNoEvents();
    }

    @Test
    void an_activity_without_metrics_or_splits_is_allowed_when_its_flags_say_so() {
        fixture.givenNoPriorActivity()
               .when(g.create("Listening", false, false, false, List.of(), List.of()))
               .expectEvents(new ActivityCreated(g.fractal, g.activity, "Listening", null, null, false, false, false,
                                                 false, List.of(), List.of(), OWNER, NOW));
    }

    @Test
    void the_name_is_required_and_at_most_200_characters() {
        fixture.givenNoPriorActivity().when(g.create(" ", false, false, true, metrics(1), List.of()))
               .expectException(refusedWith("name", "Name is required")).expectNoEvents();
        fixture.givenNoPriorActivity().when(g.create(null, false, false, true, metrics(1), List.of()))
               .expectException(refusedAt("name")).expectNoEvents();
        fixture.givenNoPriorActivity().when(g.create("x".repeat(201), false, false, true, metrics(1), List.of()))
               .expectException(refusedAt("name")).expectNoEvents();
    }

    @Test
    void the_description_is_at_most_5000_characters() {
        fixture.givenNoPriorActivity()
               .when(new CreateActivity(g.activity, g.fractal, "Scales", "x".repeat(5001), null, false, false, true,
                                        false, metrics(1), List.of(), OWNER, NOW))
               .expectException(refusedAt("description")).expectNoEvents();
    }

    @Test
    void more_than_3_metrics_are_refused_with_v1_2s_message() {
        fixture.givenNoPriorActivity().when(g.create("Scales", false, false, true, metrics(4), List.of()))
               .expectException(refusedWith("metrics", "Maximum of 3 metrics allowed per activity."))
               .expectNoEvents();
    }

    @Test
    void an_activity_with_metrics_needs_at_least_one_and_one_without_may_have_none() {
        fixture.givenNoPriorActivity().when(g.create("Scales", false, false, true, List.of(), List.of()))
               .expectException(refusedAt("metrics")).expectNoEvents();
        fixture.givenNoPriorActivity().when(g.create("Scales", false, false, false, metrics(1), List.of()))
               .expectException(refusedWith("metrics", "Must be empty when hasMetrics is false")).expectNoEvents();
    }

    @Test
    void each_metric_needs_a_name_and_a_unit() {
        fixture.givenNoPriorActivity()
               .when(g.create("Scales", false, false, true,
                              List.of(metric("Tempo", "bpm"), metric("Reps", " "), metric(null, "x")), List.of()))
               .expectException(refusedAt("metrics[1].unit", "metrics[2].name")).expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(g.create("Scales", false, false, true, Arrays.asList(metric("Tempo", "bpm"), null),
                              List.of()))
               .expectException(refusedAt("metrics[1]")).expectNoEvents();
    }

    @Test
    void a_top_set_metric_needs_sets_and_there_is_at_most_one() {
        fixture.givenNoPriorActivity()
               .when(g.create("Scales", false, false, true, List.of(topSet("Tempo", "bpm")), List.of()))
               .expectException(refusedAt("metrics[0].topSet")).expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(g.create("Scales", true, false, true, List.of(topSet("Tempo", "bpm"), topSet("Reps", "reps")),
                              List.of()))
               .expectException(refusedWith("metrics[1].topSet", "At most one metric can be the top-set metric"))
               .expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(g.create("Scales", true, false, true, List.of(topSet("Tempo", "bpm"), metric("Reps", "reps")),
                              List.of()))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void splits_number_2_to_5_when_the_activity_has_splits_and_none_otherwise() {
        fixture.givenNoPriorActivity().when(g.create("Hands", false, true, true, metrics(1), splits(6)))
               .expectException(refusedWith("splits", "Maximum of 5 splits allowed per activity.")).expectNoEvents();
        fixture.givenNoPriorActivity().when(g.create("Hands", false, true, true, metrics(1), splits(1)))
               .expectException(refusedAt("splits")).expectNoEvents();
        fixture.givenNoPriorActivity().when(g.create("Hands", false, false, true, metrics(1), splits(2)))
               .expectException(refusedWith("splits", "Must be empty when hasSplits is false")).expectNoEvents();
        fixture.givenNoPriorActivity().when(g.create("Hands", false, true, true, metrics(1), splits(5)))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void each_split_needs_a_name() {
        fixture.givenNoPriorActivity()
               .when(g.create("Hands", false, true, true, metrics(1), List.of(split("Left"), split(""))))
               .expectException(refusedAt("splits[1].name")).expectNoEvents();
    }

    @Test
    void the_group_must_be_one_of_the_fractals_groups() {
        fixture.givenNoPriorActivity()
               .when(new CreateActivity(g.activity, g.fractal, "Scales", null, UUID.randomUUID(), false, false, true,
                                        false, metrics(1), List.of(), OWNER, NOW))
               .expectException(refusedWith("groupId", "There is no such group in this fractal")).expectNoEvents();
    }

    @Test
    void every_broken_rule_is_reported_at_once() {
        fixture.givenNoPriorActivity()
               .when(new CreateActivity(g.activity, g.fractal, "", null, UUID.randomUUID(), false, true, true, false,
                                        List.of(metric("Tempo", null)), splits(1), OWNER, NOW))
               .expectException(refusedAt("name", "metrics[0].unit", "splits", "groupId")).expectNoEvents();
    }

    @Test
    void deleting_an_activity_emits_activity_deleted_and_later_commands_find_nothing() {
        fixture.given(g.scale())
               .when(new DeleteActivity(g.activity, g.fractal, OWNER, NOW, null))
               .expectEvents(new ActivityDeleted(g.fractal, g.activity, OWNER, NOW));
        fixture.given(g.scale(), new ActivityDeleted(g.fractal, g.activity, OWNER, NOW))
               .when(new DeleteActivity(g.activity, g.fractal, OWNER, NOW, null))
               .expectException(AggregateNotFoundException.class).expectNoEvents();
    }

    @Test
    void someone_elses_activity_or_one_of_another_fractal_is_not_found() {
        fixture.given(g.scale())
               .when(new DeleteActivity(g.activity, g.fractal, "intruder", NOW, null))
               .expectException(NotFoundException.class).expectExceptionMessage("Activity not found").expectNoEvents();
        fixture.given(g.scale())
               .when(new DeleteActivity(g.activity, UUID.randomUUID(), OWNER, NOW, null))
               .expectException(NotFoundException.class).expectNoEvents();
    }

    @Test
    void a_delete_with_an_older_or_unknown_version_is_refused() {
        ActivityChanged renamed = new ActivityChanged(g.fractal, g.activity, "Scales", null, null, false, false, false,
                                                      false, List.of(), List.of(), List.of(), List.of(), OWNER, NOW);
        fixture.given(g.scale(), renamed)
               .when(new DeleteActivity(g.activity, g.fractal, OWNER, NOW, 0L))
               .expectException(ProblemException.class).expectNoEvents();
        fixture.given(g.scale(), renamed)
               .when(new DeleteActivity(g.activity, g.fractal, OWNER, NOW, 2L))
               .expectException(ConflictingAggregateVersionException.class).expectNoEvents();
        fixture.given(g.scale(), renamed)
               .when(new DeleteActivity(g.activity, g.fractal, OWNER, NOW, 1L))
               .expectEvents(new ActivityDeleted(g.fractal, g.activity, OWNER, NOW));
    }
}
