package org.fractalgoals.command.session;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.GoalUncompleted;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.goal.TargetChanged;
import org.fractalgoals.events.goal.TargetReopened;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording evidence achieves targets and completes goals in the same request (S14 with the rebuild's automatic
 * completion): "Scales 120×4" on the short-term goal, activity C major scale, Tempo ≥ 120 and Reps ≥ 4.
 */
class SessionTargetsApiTest extends SessionApiTest {

    private final UUID tempo = UUID.randomUUID();
    private final UUID reps = UUID.randomUUID();
    private UUID scales;
    private UUID target;
    private UUID sessionId;
    private UUID instanceId;

    @BeforeEach
    void aTargetOnTheShortTermGoalAndASessionPractisingScales() {
        aFractalWithAShortTermGoal();
        scales = activity(true, Set.of(tempo, reps));
        target = created(send("POST", base() + "/goals/" + shortTerm + "/targets", alice,
                              Map.of("name", "Scales 120×4", "activityId", scales, "thresholds", List.of(
                                      Map.of("metricId", tempo, "operator", "GTE", "value", 120),
                                      Map.of("metricId", reps, "operator", "GTE", "value", 4)))));
        sessionId = anEmptySession();
        instanceId = addInstance(sessionId, scales);
    }

    private Response recordSets(int[]... sets) {
        List<Map<String, Object>> body = java.util.Arrays.stream(sets).map(set -> Map.<String, Object>of("values", List.of(
                Map.of("metricId", tempo, "value", set[0]), Map.of("metricId", reps, "value", set[1])))).toList();
        return send("PUT", instance(sessionId, instanceId) + "/sets", alice, body);
    }

    /** The global positions of the fractal's events of these types. */
    private List<Long> positionsOfFractalEvents(Class<?>... types) {
        return jdbc.queryForList("select globalindex from eventstore.domainevententry where aggregateidentifier = ? "
                                         + "and payloadtype = any (?) order by globalindex", Long.class,
                                 fractal.toString(), java.util.Arrays.stream(types).map(Class::getName).toArray(String[]::new));
    }

    @Test
    void a_qualifying_set_achieves_the_target_and_completes_the_goal_under_the_same_consistency_token() {
        Response response = recordSets(new int[]{120, 3}, new int[]{125, 4});

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<Object> events = events(fractal);
        TargetAchieved achieved = (TargetAchieved) events.get(events.size() - 2);
        GoalCompleted completed = (GoalCompleted) events.getLast();
        assertThat(achieved.targetId()).isEqualTo(target);
        assertThat(achieved.sessionId()).isEqualTo(sessionId);
        assertThat(achieved.instanceId()).isEqualTo(instanceId);
        assertThat(completed.goalId()).isEqualTo(shortTerm);
        assertThat(completed.source()).isEqualTo(CompletionSource.TARGETS);
        assertThat(completed.sessionId()).isEqualTo(sessionId);

        List<Long> goalEvents = positionsOfFractalEvents(TargetAchieved.class, GoalCompleted.class);
        assertThat(goalEvents).hasSize(2);
        assertThat(positions(response)).hasSize(3).containsAll(goalEvents);
    }

    @Test
    void sets_that_meet_the_thresholds_only_apart_achieve_nothing() {
        Response response = recordSets(new int[]{120, 3}, new int[]{118, 6});

        assertThat(response.status()).isEqualTo(200);
        assertThat(positionsOfFractalEvents(TargetAchieved.class, GoalCompleted.class)).isEmpty();
        assertThat(positions(response)).hasSize(1);
    }

    @Test
    void a_single_set_of_118_and_6_achieves_nothing() {
        Response response = recordSets(new int[]{118, 6});

        assertThat(response.status()).isEqualTo(200);
        assertThat(positionsOfFractalEvents(TargetAchieved.class)).isEmpty();
    }

    @Test
    void single_values_count_as_one_set() {
        UUID accuracy = UUID.randomUUID();
        UUID drill = activity(false, Set.of(accuracy));
        created(send("POST", base() + "/goals/" + shortTerm + "/targets", alice,
                     Map.of("name", "Accurate", "activityId", drill,
                            "thresholds", List.of(Map.of("metricId", accuracy, "operator", "GTE", "value", 90)))));
        UUID drillInstance = addInstance(sessionId, drill);

        Response low = send("PUT", instance(sessionId, drillInstance) + "/values", alice,
                            List.of(Map.of("metricId", accuracy, "value", 85)));
        assertThat(low.status()).isEqualTo(200);
        assertThat(positionsOfFractalEvents(TargetAchieved.class)).isEmpty();

        Response high = send("PUT", instance(sessionId, drillInstance) + "/values", alice,
                             List.of(Map.of("metricId", accuracy, "value", 92)));
        assertThat(high.status()).isEqualTo(200);
        assertThat(positionsOfFractalEvents(TargetAchieved.class)).hasSize(1);
        // The other target (scales) is still open, so the goal is not completed.
        assertThat(positionsOfFractalEvents(GoalCompleted.class)).isEmpty();
    }

    // ---- who acted: the audit trail tells the user's steps from the system's ------------------------------

    /** The metadata of the aggregate's events of this type, in stream order. */
    private List<MetaData> metaDataOf(UUID aggregateId, Class<?> type) {
        return eventStore.readEvents(aggregateId.toString(), 0).asStream()
                         .filter(message -> type.isInstance(message.getPayload()))
                         .map(DomainEventMessage::getMetaData).toList();
    }

    private Response goalStep(String step) {
        return send("POST", base() + "/goals/" + shortTerm + "/" + step, alice, null);
    }

    @Test
    void evidence_achieves_targets_and_completes_goals_as_the_system_on_behalf_of_the_user() {
        Response response = recordSets(new int[]{125, 4});

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        for (Class<?> automatic : List.of(TargetAchieved.class, GoalCompleted.class)) {
            assertThat(metaDataOf(fractal, automatic)).as(automatic.getSimpleName()).singleElement().satisfies(meta -> {
                assertThat(meta).containsEntry("actor", "system");
                assertThat(meta).containsEntry("onBehalfOf", alice);
            });
        }
        MetaData recorded = eventStore.readEvents(sessionId.toString(), 0).asStream().map(DomainEventMessage::getMetaData)
                                      .reduce((first, second) -> second).orElseThrow();
        assertThat(recorded).containsEntry("actor", alice).doesNotContainKey("onBehalfOf");
    }

    @Test
    void completing_by_hand_is_the_users_step_and_uncompleting_reopens_the_targets_as_the_system() {
        assertThat(recordSets(new int[]{125, 4}).status()).isEqualTo(200);

        assertThat(goalStep("uncomplete").status()).isEqualTo(200);
        assertThat(goalStep("complete").status()).isEqualTo(200);

        assertThat(metaDataOf(fractal, GoalUncompleted.class)).singleElement().satisfies(
                meta -> assertThat(meta).containsEntry("actor", alice).doesNotContainKey("onBehalfOf"));
        assertThat(metaDataOf(fractal, TargetReopened.class)).singleElement().satisfies(meta -> {
            assertThat(meta).containsEntry("actor", "system");
            assertThat(meta).containsEntry("onBehalfOf", alice);
        });
        List<MetaData> completions = metaDataOf(fractal, GoalCompleted.class);
        assertThat(completions).hasSize(2);
        assertThat(completions.getLast()).containsEntry("actor", alice).doesNotContainKey("onBehalfOf");
        GoalCompleted manual = (GoalCompleted) events(fractal).getLast();
        assertThat(manual.source()).isEqualTo(CompletionSource.MANUAL);
    }

    @Test
    void redefining_an_achieved_target_reopens_it_as_the_system_on_behalf_of_the_user() {
        assertThat(recordSets(new int[]{125, 4}).status()).isEqualTo(200);

        Response changed = send("PATCH", base() + "/goals/" + shortTerm + "/targets/" + target, alice,
                                Map.of("name", "Scales 140×4", "activityId", scales, "thresholds", List.of(
                                        Map.of("metricId", tempo, "operator", "GTE", "value", 140),
                                        Map.of("metricId", reps, "operator", "GTE", "value", 4))));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(metaDataOf(fractal, TargetChanged.class)).singleElement().satisfies(
                meta -> assertThat(meta).containsEntry("actor", alice).doesNotContainKey("onBehalfOf"));
        assertThat(metaDataOf(fractal, TargetReopened.class)).singleElement().satisfies(meta -> {
            assertThat(meta).containsEntry("actor", "system");
            assertThat(meta).containsEntry("onBehalfOf", alice);
        });
    }
}
