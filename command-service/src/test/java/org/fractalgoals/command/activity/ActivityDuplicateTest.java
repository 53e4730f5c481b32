package org.fractalgoals.command.activity;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fractalgoals.command.activity.Refusals.Published;
import org.fractalgoals.events.activity.ActivityCreated;
import org.fractalgoals.events.activity.ActivityDeleted;
import org.fractalgoals.events.activity.ActivityEvent;
import org.fractalgoals.events.activity.DuplicateActivity;
import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.activity.SplitDefinition;
import org.fractalgoals.platform.errors.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.fractalgoals.command.activity.ActivityGivens.NOW;
import static org.fractalgoals.command.activity.ActivityGivens.OWNER;

/** Duplicating an activity, which reads the original's definition from its events. */
class ActivityDuplicateTest {

    private final ActivityGivens g = new ActivityGivens();
    private final UUID copy = UUID.randomUUID();
    private final EmbeddedEventStore originals = EmbeddedEventStore.builder()
                                                                   .storageEngine(new InMemoryEventStorageEngine())
                                                                   .build();
    private AggregateTestFixture<Activity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Activity.class);
        fixture.registerInjectableResource(new ActivityDefinitions(originals));
    }

    private void original(ActivityEvent... events) {
        for (int i = 0; i < events.length; i++) {
            originals.publish(new GenericDomainEventMessage<>("Activity", g.activity.toString(), i, events[i]));
        }
    }

    private ActivityCreated duplicated() {
        Published published = new Published();
        fixture.givenNoPriorActivity()
               .when(new DuplicateActivity(copy, g.activity, g.fractal, OWNER, NOW))
               .expectSuccessfulHandlerExecution()
               .expectEventsMatching(published);
        return published.only(ActivityCreated.class);
    }

    @Test
    void the_copy_has_the_name_with_copy_the_same_flags_metrics_and_splits_under_new_ids_and_no_group() {
        original(g.scale());

        ActivityCreated created = duplicated();

        assertThat(created.activityId()).isEqualTo(copy);
        assertThat(created.fractalId()).isEqualTo(g.fractal);
        assertThat(created.name()).isEqualTo("C major scale (Copy)");
        assertThat(created.description()).isEqualTo("Two octaves");
        assertThat(created.groupId()).isNull();
        assertThat(List.of(created.hasSets(), created.hasSplits(), created.hasMetrics(), created.multiplicative()))
                .containsExactly(true, true, true, false);
        assertThat(created.metrics()).extracting(MetricDefinition::name, MetricDefinition::unit, MetricDefinition::topSet)
                                     .containsExactly(tuple("Tempo", "bpm", true), tuple("Reps", "reps", false));
        assertThat(created.metrics()).extracting(MetricDefinition::metricId)
                                     .doesNotContain(g.tempo.metricId(), g.reps.metricId());
        assertThat(created.splits()).extracting(SplitDefinition::name).containsExactly("Left", "Right");
        assertThat(created.splits()).extracting(SplitDefinition::splitId)
                                    .doesNotContain(g.left.splitId(), g.right.splitId());
    }

    @Test
    void a_long_name_is_shortened_so_that_the_copys_name_fits() {
        original(new ActivityCreated(g.fractal, g.activity, "x".repeat(200), null, null, false, false, false, false,
                                     List.of(), List.of(), OWNER, NOW));

        assertThat(duplicated().name()).hasSize(200).endsWith("x (Copy)");
    }

    @Test
    void a_deleted_or_unknown_activity_cannot_be_duplicated() {
        original(g.scale(), new ActivityDeleted(g.fractal, g.activity, OWNER, NOW));
        fixture.givenNoPriorActivity().when(new DuplicateActivity(copy, g.activity, g.fractal, OWNER, NOW))
               .expectException(NotFoundException.class).expectNoEvents();

        UUID other = UUID.randomUUID();
        fixture.givenNoPriorActivity().when(new DuplicateActivity(copy, other, g.fractal, OWNER, NOW))
               .expectException(NotFoundException.class).expectNoEvents();
    }

    @Test
    void an_activity_of_another_owner_or_fractal_is_not_found() {
        original(g.scale());
        fixture.givenNoPriorActivity().when(new DuplicateActivity(copy, g.activity, g.fractal, "intruder", NOW))
               .expectException(NotFoundException.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(new DuplicateActivity(copy, g.activity, UUID.randomUUID(), OWNER, NOW))
               .expectException(NotFoundException.class).expectNoEvents();
    }
}
