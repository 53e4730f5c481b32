package org.fractalgoals.command.activity;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fractalgoals.events.activity.ActivityGroupCreated;
import org.fractalgoals.events.activity.ActivityGroupDeleted;
import org.fractalgoals.events.activity.ActivityGroupDescriptionChanged;
import org.fractalgoals.events.activity.ActivityGroupRenamed;
import org.fractalgoals.events.activity.ActivityGroupsId;
import org.fractalgoals.events.activity.ActivityGroupsReordered;
import org.fractalgoals.events.activity.CreateActivityGroup;
import org.fractalgoals.events.activity.DeleteActivityGroup;
import org.fractalgoals.events.activity.EditActivityGroup;
import org.fractalgoals.events.activity.ReorderActivityGroups;
import org.fractalgoals.events.goal.FieldChange;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.ProblemException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fractalgoals.command.activity.Refusals.refusedAt;
import static org.fractalgoals.command.activity.Refusals.refusedWith;

/** A fractal's activity groups: creating the first one creates the aggregate; names, order, deletion. */
class ActivityGroupsTest {

    private static final String OWNER = "owner-1";
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final UUID fractal = UUID.randomUUID();
    private final UUID technique = UUID.randomUUID();
    private final UUID repertoire = UUID.randomUUID();
    private final UUID theory = UUID.randomUUID();
    private AggregateTestFixture<ActivityGroups> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ActivityGroups.class);
    }

    private ActivityGroupCreated created(UUID group, String name) {
        return new ActivityGroupCreated(fractal, group, name, null, OWNER, NOW);
    }

    private Object[] threeGroups() {
        return new Object[] {created(technique, "Technique"), created(repertoire, "Repertoire"), created(theory, "Theory")};
    }

    private ReorderActivityGroups reorder(UUID... groups) {
        return new ReorderActivityGroups(fractal, Arrays.asList(groups), OWNER, NOW, null);
    }

    private EditActivityGroup edit(UUID group, String name, FieldChange<String> description) {
        return new EditActivityGroup(fractal, group, name, description, OWNER, NOW, null);
    }

    @Test
    void the_groups_aggregate_has_its_own_identifier_derived_from_the_fractals() {
        assertThat(ActivityGroupsId.of(fractal)).isEqualTo(ActivityGroupsId.of(fractal)).isNotEqualTo(fractal);
        assertThat(new CreateActivityGroup(fractal, technique, "T", null, OWNER, NOW).groupsId())
                .isEqualTo(ActivityGroupsId.of(fractal));
    }

    @Test
    void the_first_group_of_a_fractal_creates_the_aggregate() {
        fixture.givenNoPriorActivity()
               .when(new CreateActivityGroup(fractal, technique, "Technique", "Scales and arpeggios", OWNER, NOW))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new ActivityGroupCreated(fractal, technique, "Technique", "Scales and arpeggios", OWNER, NOW));
    }

    @Test
    void later_groups_are_added_to_the_existing_aggregate() {
        fixture.given(created(technique, "Technique"))
               .when(new CreateActivityGroup(fractal, repertoire, "Repertoire", null, OWNER, NOW))
               .expectEvents(created(repertoire, "Repertoire"));
    }

    @Test
    void a_group_needs_a_name_of_at_most_200_characters_and_a_description_of_at_most_5000() {
        fixture.givenNoPriorActivity().when(new CreateActivityGroup(fractal, technique, " ", null, OWNER, NOW))
               .expectException(refusedWith("name", "Name is required")).expectNoEvents();
        fixture.givenNoPriorActivity().when(new CreateActivityGroup(fractal, technique, "x".repeat(201), null, OWNER, NOW))
               .expectException(refusedAt("name")).expectNoEvents();
        fixture.given(created(technique, "Technique"))
               .when(new CreateActivityGroup(fractal, theory, "Theory", "x".repeat(5001), OWNER, NOW))
               .expectException(refusedAt("description")).expectNoEvents();
    }

    @Test
    void someone_else_cannot_add_to_a_fractals_groups() {
        fixture.given(created(technique, "Technique"))
               .when(new CreateActivityGroup(fractal, theory, "Theory", null, "intruder", NOW))
               .expectException(NotFoundException.class).expectNoEvents();
    }

    @Test
    void an_edit_renames_and_describes_with_one_event_each() {
        fixture.given(threeGroups())
               .when(edit(theory, "Music theory", FieldChange.to("Harmony")))
               .expectEvents(new ActivityGroupRenamed(fractal, theory, "Music theory", OWNER, NOW),
                             new ActivityGroupDescriptionChanged(fractal, theory, "Harmony", OWNER, NOW));
    }

    @Test
    void a_description_sent_as_null_is_cleared_and_fields_left_out_stay() {
        fixture.given(threeGroups())
               .when(edit(theory, null, FieldChange.to(null)))
               .expectEvents(new ActivityGroupDescriptionChanged(fractal, theory, null, OWNER, NOW));
        fixture.given(threeGroups())
               .when(edit(theory, null, null))
               .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void an_edit_keeps_the_rules_of_names_and_descriptions() {
        fixture.given(threeGroups()).when(edit(theory, "", null))
               .expectException(refusedAt("name")).expectNoEvents();
        fixture.given(threeGroups()).when(edit(theory, "Theory", FieldChange.to("x".repeat(5001))))
               .expectException(refusedAt("description")).expectNoEvents();
    }

    @Test
    void an_unknown_or_deleted_group_is_not_found() {
        fixture.given(threeGroups()).when(edit(UUID.randomUUID(), "x", null))
               .expectException(NotFoundException.class).expectExceptionMessage("Group not found").expectNoEvents();
        fixture.given(created(technique, "Technique"), new ActivityGroupDeleted(fractal, technique, OWNER, NOW))
               .when(new DeleteActivityGroup(fractal, technique, OWNER, NOW, null))
               .expectException(NotFoundException.class).expectNoEvents();
    }

    @Test
    void groups_are_reordered_when_the_new_order_names_each_group_once() {
        fixture.given(threeGroups())
               .when(reorder(theory, technique, repertoire))
               .expectEvents(new ActivityGroupsReordered(fractal, List.of(theory, technique, repertoire), OWNER, NOW));
    }

    @Test
    void the_current_order_again_emits_nothing() {
        fixture.given(threeGroups()).when(reorder(technique, repertoire, theory))
               .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void an_order_that_leaves_out_repeats_or_invents_a_group_is_refused() {
        fixture.given(threeGroups()).when(reorder(theory, technique))
               .expectException(refusedAt("groupIds")).expectNoEvents();
        fixture.given(threeGroups()).when(reorder(theory, technique, technique, repertoire))
               .expectException(refusedWith("groupIds[2]", "Appears more than once")).expectNoEvents();
        fixture.given(threeGroups()).when(reorder(theory, UUID.randomUUID(), technique, repertoire))
               .expectException(refusedAt("groupIds[1]")).expectNoEvents();
        fixture.given(threeGroups()).when(reorder(theory, null, technique, repertoire))
               .expectException(refusedAt("groupIds[1]")).expectNoEvents();
        fixture.given(threeGroups()).when(reorder())
               .expectException(refusedWith("groupIds", "No group ids provided")).expectNoEvents();
    }

    @Test
    void a_deleted_group_leaves_the_order() {
        fixture.given(threeGroups())
               .when(new DeleteActivityGroup(fractal, technique, OWNER, NOW, null))
               .expectEvents(new ActivityGroupDeleted(fractal, technique, OWNER, NOW));
        fixture.given(plus(threeGroups(), new ActivityGroupDeleted(fractal, technique, OWNER, NOW)))
               .when(reorder(theory, repertoire))
               .expectEvents(new ActivityGroupsReordered(fractal, List.of(theory, repertoire), OWNER, NOW));
        fixture.given(plus(threeGroups(), new ActivityGroupDeleted(fractal, technique, OWNER, NOW)))
               .when(reorder(theory, repertoire, technique))
               .expectException(refusedAt("groupIds[2]")).expectNoEvents();
    }

    @Test
    void an_order_applied_earlier_is_the_one_the_next_order_is_compared_with() {
        fixture.given(plus(threeGroups(), new ActivityGroupsReordered(fractal, List.of(theory, technique, repertoire),
                                                                      OWNER, NOW)))
               .when(reorder(theory, technique, repertoire))
               .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void if_match_is_compared_with_the_version_of_the_groups() {
        fixture.given(threeGroups())
               .when(new DeleteActivityGroup(fractal, technique, OWNER, NOW, 1L))
               .expectException(ProblemException.class).expectNoEvents();
        fixture.given(threeGroups())
               .when(new ReorderActivityGroups(fractal, List.of(theory, technique, repertoire), OWNER, NOW, 2L))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void someone_elses_groups_are_not_found() {
        fixture.given(threeGroups())
               .when(new ReorderActivityGroups(fractal, List.of(theory, technique, repertoire), "intruder", NOW, null))
               .expectException(NotFoundException.class).expectNoEvents();
        fixture.given(threeGroups())
               .when(new EditActivityGroup(fractal, theory, "x", null, "intruder", NOW, null))
               .expectException(NotFoundException.class).expectNoEvents();
    }

    private static Object[] plus(Object[] given, Object... more) {
        Object[] all = Arrays.copyOf(given, given.length + more.length);
        System.arraycopy(more, 0, all, given.length, more.length);
        return all;
    }
}
