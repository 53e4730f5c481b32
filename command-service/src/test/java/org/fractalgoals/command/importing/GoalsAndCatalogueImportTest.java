package org.fractalgoals.command.importing;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.command.importing.TestImportContext.Entry;
import org.fractalgoals.command.importing.v1.V1Activity;
import org.fractalgoals.command.importing.v1.V1Activity.V1Metric;
import org.fractalgoals.command.importing.v1.V1Activity.V1Split;
import org.fractalgoals.command.importing.v1.V1ActivityGroup;
import org.fractalgoals.command.importing.v1.V1Database;
import org.fractalgoals.command.importing.v1.V1Goal;
import org.fractalgoals.command.importing.v1.V1Target;
import org.fractalgoals.command.importing.v1.V1Target.V1Threshold;
import org.fractalgoals.command.importing.v1.V1Template;
import org.fractalgoals.command.importing.v1.V1Template.V1TemplateSection;
import org.fractalgoals.events.activity.ActivityCreated;
import org.fractalgoals.events.activity.ActivityGroupCreated;
import org.fractalgoals.events.activity.ActivityGroupsId;
import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.activity.SplitDefinition;
import org.fractalgoals.events.goal.ComparisonOperator;
import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.EvaluateTargets;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.MetricValue;
import org.fractalgoals.events.goal.RecordedSet;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.goal.TargetAdded;
import org.fractalgoals.events.goal.Threshold;
import org.fractalgoals.events.template.TemplateCreated;
import org.fractalgoals.events.template.TemplateSection;
import org.fractalgoals.platform.ActorMetaData;
import org.fractalgoals.platform.ImportMetaData;
import org.fractalgoals.testsupport.TestTokens;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The goal, catalogue, target and template steps against the real aggregates: a v1.2 file built here (so the
 * SQLite reader is not part of it) is imported for a new user, and what the aggregates appended is checked.
 */
class GoalsAndCatalogueImportTest extends CommandServiceTest {

    private static final Instant T0 = Instant.parse("2025-11-03T18:30:12.510503Z");
    private static final Instant DONE_AT = Instant.parse("2025-11-10T19:50:40.285311Z");
    private static final Instant UNDONE_AT = Instant.parse("2025-11-12T08:00:00Z");
    private static final String GONE_ROOT = "root-of-a-deleted-fractal";

    @Autowired
    private CommandGateway commands;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private GoalsImport goalsImport;
    @Autowired
    private CatalogueImport catalogueImport;
    @Autowired
    private TargetsImport targetsImport;
    @Autowired
    private TemplatesImport templatesImport;

    private TestImportContext context;

    @BeforeEach
    void importTheFile() {
        context = new TestImportContext(commands, TestTokens.newUserId());
        V1Database file = file();
        for (ImportStep step : List.of(goalsImport, catalogueImport, targetsImport, templatesImport)) {
            step.run(file, context);
        }
    }

    private static V1Database file() {
        List<V1Goal> goals = List.of(
                goal("g-root", "UltimateGoal", null, null, LocalDate.of(2026, 6, 30), 0),
                goal("g-long", "LongTermGoal", "g-root", "g-root", LocalDate.of(2025, 12, 7), 1),
                new V1Goal("g-mid", "MidTermGoal", "Op. 9 No. 2", "", "g-long", "g-root", LocalDate.of(2025, 12, 20),
                           false, null, List.of(
                        new V1Target("t-scales", "a-scale", "Scales 120×4", "One clean set",
                                     List.of(new V1Threshold("m-tempo", 120.0), new V1Threshold("m-reps", 4.0))),
                        new V1Target("t-gone-activity", "a-deleted", "Gone", "", List.of(new V1Threshold("m-x", 1))),
                        new V1Target("t-gone-metric", "a-scale", "Removed metric", "",
                                     List.of(new V1Threshold("m-removed", 3.0)))),
                           T0.plusSeconds(2)),
                new V1Goal("g-done", "ShortTermGoal", "Hands together", "", "g-mid", "g-root", null, true, DONE_AT,
                           List.of(), T0.plusSeconds(3)),
                new V1Goal("g-reopened", "ShortTermGoal", "Memorise", "", "g-mid", "g-root", null, false, UNDONE_AT,
                           List.of(), T0.plusSeconds(4)),
                goal("g-inverted", "LongTermGoal", "g-long", "g-root", null, 5),
                goal("g-under-inverted", "ImmediateGoal", "g-inverted", "g-root", null, 6),
                goal("g-strange", "SprintGoal", "g-root", "g-root", null, 7),
                goal("g-dangling", "ImmediateGoal", "g-vanished", "g-root", null, 8),
                goal("g-under-dangling", "MicroGoal", "g-dangling", "g-root", null, 9),
                goal("m-root", "LongTermGoal", null, null, null, 10),
                goal("m-half", "MidTermGoal", "m-root", "m-root", LocalDate.of(2025, 12, 31), 11),
                goal("i-root", "ImmediateGoal", null, null, null, 12),
                goal("i-child", "MicroGoal", "i-root", "i-root", null, 13),
                goal("c-one", "MicroGoal", "c-two", "g-root", null, 14),
                goal("c-two", "ImmediateGoal", "c-one", "g-root", null, 15));
        List<V1ActivityGroup> groups = List.of(
                new V1ActivityGroup("grp-tech", "g-root", "Technique", "Scales", 2, T0.plusSeconds(20)),
                new V1ActivityGroup("grp-rep", "g-root", "Repertoire", "", 1, T0.plusSeconds(21)),
                new V1ActivityGroup("grp-orphan", GONE_ROOT, "Left behind", "", 1, T0.plusSeconds(22)));
        List<V1Activity> activities = List.of(
                new V1Activity("a-scale", "g-root", "grp-tech", "C major scale", "Four octaves", true, true, true, false,
                               List.of(new V1Metric("m-tempo", "Tempo", "bpm", true, true),
                                       new V1Metric("m-reps", "Reps", "reps", false, true)),
                               List.of(), T0.plusSeconds(30)),
                new V1Activity("a-hands", "g-root", "grp-rep", "Hand independence", "", false, true, false, true,
                               List.of(new V1Metric("m-acc", "Accuracy", "%", false, true)),
                               List.of(new V1Split("s-right", "Right", 1), new V1Split("s-left", "Left", 0)),
                               T0.plusSeconds(31)),
                new V1Activity("a-lonely", "g-root", "grp-vanished", "Sight-reading", "", false, false, false, false,
                               List.of(), List.of(), T0.plusSeconds(32)),
                new V1Activity("a-greedy", "g-root", null, "Too many metrics", "", false, true, false, false,
                               List.of(new V1Metric("g1", "A", "a", false, true), new V1Metric("g2", "B", "b", false, true),
                                       new V1Metric("g3", "C", "c", false, true), new V1Metric("g4", "D", "d", false, true)),
                               List.of(), T0.plusSeconds(33)),
                new V1Activity("a-one-split", "g-root", null, "One split", "", false, false, false, true,
                               List.of(), List.of(new V1Split("s-only", "Only", 0)), T0.plusSeconds(34)),
                new V1Activity("a-orphan", GONE_ROOT, null, "Left behind", "", false, false, false, false,
                               List.of(), List.of(), T0.plusSeconds(35)));
        List<V1Template> templates = List.of(
                new V1Template("t-daily", "g-root", "Daily Practice", "Scales and repertoire", List.of(
                        new V1TemplateSection("Warm-up", 10, List.of("a-scale", "a-deleted", "a-greedy")),
                        new V1TemplateSection("Repertoire", 30, List.of("a-hands"))), 40, T0.plusSeconds(40)),
                new V1Template("t-orphan", GONE_ROOT, "Left behind", "", List.of(
                        new V1TemplateSection("Only", 5, List.of())), 5, T0.plusSeconds(41)));
        return new V1Database(goals, groups, activities, templates, List.of(), List.of(), List.of(), List.of());
    }

    private static V1Goal goal(String id, String type, String parentId, String rootId, LocalDate deadline, int second) {
        return new V1Goal(id, type, "Goal " + id, "", parentId, rootId, deadline, false, null, List.of(),
                          T0.plusSeconds(second));
    }

    @Test
    void a_fractal_per_root_with_every_goal_at_its_level_under_its_parent_at_its_original_time() {
        List<DomainEventMessage<?>> pianist = events(id("goals", "g-root"));
        assertThat(pianist.getFirst().getPayload()).isEqualTo(
                new FractalCreated(id("goals", "g-root"), context.ownerId(), T0));
        assertThat(payloads(pianist, GoalCreated.class))
                .extracting(GoalCreated::goalId, GoalCreated::parentId, GoalCreated::level, GoalCreated::deadline,
                            GoalCreated::description, GoalCreated::occurredAt)
                .containsExactly(
                        tuple(id("goals", "g-root"), null, GoalLevel.ULTIMATE, LocalDate.of(2026, 6, 30), null, T0),
                        tuple(id("goals", "g-long"), id("goals", "g-root"), GoalLevel.LONG_TERM,
                              LocalDate.of(2025, 12, 7), null, T0.plusSeconds(1)),
                        tuple(id("goals", "g-mid"), id("goals", "g-long"), GoalLevel.MID_TERM,
                              LocalDate.of(2025, 12, 20), null, T0.plusSeconds(2)),
                        tuple(id("goals", "g-done"), id("goals", "g-mid"), GoalLevel.SHORT_TERM, null, null,
                              T0.plusSeconds(3)),
                        tuple(id("goals", "g-reopened"), id("goals", "g-mid"), GoalLevel.SHORT_TERM, null, null,
                              T0.plusSeconds(4)));
        assertThat(pianist).allSatisfy(event -> assertThat(event.getMetaData())
                .containsEntry(ImportMetaData.IMPORT_ID, context.importId())
                .containsEntry(ImportMetaData.IMPORTED_FROM, ImportMetaData.V1_2));

        assertThat(payloads(events(id("goals", "m-root")), GoalCreated.class))
                .extracting(GoalCreated::goalId, GoalCreated::level)
                .containsExactly(tuple(id("goals", "m-root"), GoalLevel.LONG_TERM),
                                 tuple(id("goals", "m-half"), GoalLevel.MID_TERM));
    }

    @Test
    void a_goal_is_completed_at_its_completion_time_only_when_stored_as_completed() {
        assertThat(payloads(events(id("goals", "g-root")), GoalCompleted.class))
                .containsExactly(new GoalCompleted(id("goals", "g-root"), id("goals", "g-done"), CompletionSource.MANUAL,
                                                   null, context.ownerId(), DONE_AT));
    }

    @Test
    void a_deadline_later_than_the_parents_is_kept_with_a_warning() {
        assertThat(context.warnings).contains(new Entry("goals", "g-mid",
                "its deadline, 2025-12-20, is later than its parent's, 2025-12-07; kept as in the file "
                        + "(today's rules would refuse it)"));
        assertThat(context.warnings).noneMatch(row -> row.entity().equals("goals") && !row.sourceId().equals("g-mid"));
    }

    @Test
    void goals_todays_rules_refuse_are_listed_each_with_its_reason_and_so_is_their_subtree() {
        assertThat(context.refused).filteredOn(row -> row.entity().equals("goals"))
                .containsExactlyInAnyOrder(
                        new Entry("goals", "g-inverted", "its level, LONG_TERM, is not deeper than its parent's, "
                                + "LONG_TERM (v1.2 allowed that; today's rules do not)"),
                        new Entry("goals", "g-under-inverted", "its parent goal g-inverted was not imported"),
                        new Entry("goals", "g-strange", "its type, 'SprintGoal', is not one of v1.2's goal types"),
                        new Entry("goals", "g-dangling", "its parent goal g-vanished is not in the file"),
                        new Entry("goals", "g-under-dangling", "its parent goal g-dangling was not imported"),
                        new Entry("goals", "i-root", "a fractal's root must be ULTIMATE, LONG_TERM, MID_TERM or "
                                + "SHORT_TERM, not IMMEDIATE"),
                        new Entry("goals", "i-child", "its parent goal i-root was not imported"),
                        new Entry("goals", "c-one", "its parent goals form a cycle"),
                        new Entry("goals", "c-two", "its parent goal c-one was not imported"));
        assertThat(events(id("goals", "i-root"))).isEmpty();
        assertThat(payloads(events(id("goals", "g-root")), GoalCreated.class))
                .extracting(GoalCreated::goalId)
                .doesNotContain(id("goals", "g-inverted"), id("goals", "g-under-inverted"), id("goals", "g-strange"),
                                id("goals", "g-dangling"), id("goals", "g-under-dangling"));
    }

    @Test
    void groups_keep_their_sort_order_and_activities_their_metric_and_split_ids_and_flags() {
        UUID fractal = id("goals", "g-root");
        assertThat(payloads(events(ActivityGroupsId.of(fractal)), ActivityGroupCreated.class))
                .extracting(ActivityGroupCreated::groupId, ActivityGroupCreated::name, ActivityGroupCreated::description)
                .containsExactly(tuple(id("activityGroups", "grp-rep"), "Repertoire", null),
                                 tuple(id("activityGroups", "grp-tech"), "Technique", "Scales"));

        assertThat(payloads(events(id("activities", "a-scale")), ActivityCreated.class)).containsExactly(
                new ActivityCreated(fractal, id("activities", "a-scale"), "C major scale", "Four octaves",
                                    id("activityGroups", "grp-tech"), true, false, true, true,
                                    List.of(new MetricDefinition(id("metrics", "m-tempo"), "Tempo", "bpm", true, true),
                                            new MetricDefinition(id("metrics", "m-reps"), "Reps", "reps", false, true)),
                                    List.of(), context.ownerId(), T0.plusSeconds(30)));
        assertThat(payloads(events(id("activities", "a-hands")), ActivityCreated.class)).singleElement()
                .satisfies(hands -> {
                    assertThat(hands.hasSplits()).isTrue();
                    assertThat(hands.hasSets()).isFalse();
                    assertThat(hands.multiplicative()).isFalse();
                    assertThat(hands.groupId()).isEqualTo(id("activityGroups", "grp-rep"));
                    assertThat(hands.splits()).containsExactly(new SplitDefinition(id("splits", "s-left"), "Left"),
                                                               new SplitDefinition(id("splits", "s-right"), "Right"));
                });
    }

    @Test
    void an_activity_whose_group_is_gone_comes_ungrouped_with_a_warning_and_one_breaking_todays_rules_is_refused() {
        assertThat(payloads(events(id("activities", "a-lonely")), ActivityCreated.class))
                .extracting(ActivityCreated::groupId, ActivityCreated::hasMetrics)
                .containsExactly(tuple(null, false));
        assertThat(context.warnings).contains(new Entry("activities", "a-lonely",
                "its group grp-vanished is not in the file; imported without a group"));
        assertThat(context.refused).contains(
                new Entry("activities", "a-greedy", "metrics: Maximum of 3 metrics allowed per activity."),
                new Entry("activities", "a-one-split", "splits: At least 2 splits are required when hasSplits is true"));
        assertThat(events(id("activities", "a-greedy"))).isEmpty();
        assertThat(events(id("activities", "a-one-split"))).isEmpty();
    }

    @Test
    void rows_of_a_fractal_no_longer_in_the_file_are_refused() {
        assertThat(context.refused).contains(
                new Entry("activityGroups", "grp-orphan", V1Fractals.GONE),
                new Entry("activities", "a-orphan", V1Fractals.GONE),
                new Entry("templates", "t-orphan", V1Fractals.GONE));
        assertThat(events(id("activities", "a-orphan"))).isEmpty();
        assertThat(events(id("templates", "t-orphan"))).isEmpty();
    }

    @Test
    void a_target_comes_over_with_at_least_thresholds_on_the_imported_metrics() {
        // Decimals are compared by value: the event store's serialization need not keep their scale.
        assertThat(payloads(events(id("goals", "g-root")), TargetAdded.class))
                .usingRecursiveFieldByFieldElementComparator(
                        RecursiveComparisonConfiguration.builder()
                                                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                                                        .build())
                .containsExactly(new TargetAdded(id("goals", "g-root"), id("goals", "g-mid"), id("targets", "t-scales"), "Scales 120×4",
                                id("activities", "a-scale"),
                                List.of(new Threshold(id("metrics", "m-tempo"), ComparisonOperator.GTE,
                                                      new BigDecimal("120")),
                                        new Threshold(id("metrics", "m-reps"), ComparisonOperator.GTE,
                                                      new BigDecimal("4"))),
                                context.ownerId(), T0.plusSeconds(2)));
        assertThat(context.warnings).contains(new Entry("targets", "t-scales",
                                                      "its description is left out: targets have none today"));
    }

    @Test
    void a_target_whose_activity_or_metric_did_not_come_over_is_refused_with_the_reason() {
        assertThat(context.refused).contains(
                new Entry("targets", "t-gone-activity", "its activity a-deleted is not in the file"),
                new Entry("targets", "t-gone-metric", "its metric m-removed is not a metric of its activity a-scale "
                        + "in the file"));
    }

    @Test
    void an_imported_target_already_met_does_not_complete_its_goal() {
        UUID fractal = id("goals", "g-root");
        UUID goal = id("goals", "g-mid");
        EvaluateTargets met = new EvaluateTargets(
                fractal, List.of(goal), UUID.randomUUID(), UUID.randomUUID(), id("activities", "a-scale"),
                List.of(new RecordedSet(List.of(new MetricValue(id("metrics", "m-tempo"), null, new BigDecimal("125")),
                                                new MetricValue(id("metrics", "m-reps"), null, new BigDecimal("4"))))),
                context.ownerId(), Instant.parse("2025-11-17T19:00:00Z"));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(met).andMetaData(context.metaData()));

        List<DomainEventMessage<?>> events = events(fractal);
        assertThat(payloads(events, TargetAchieved.class)).extracting(TargetAchieved::targetId)
                                                          .containsExactly(id("targets", "t-scales"));
        assertThat(payloads(events, GoalCompleted.class)).extracting(GoalCompleted::goalId)
                                                         .doesNotContain(goal);

        // The same evidence outside an import completes the goal, so it was the import that held it back.
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(met)
                                                  .andMetaData(java.util.Map.of(ActorMetaData.ACTOR, context.ownerId())));
        assertThat(payloads(events(fractal), GoalCompleted.class))
                .filteredOn(completed -> completed.goalId().equals(goal))
                .extracting(GoalCompleted::source).containsExactly(CompletionSource.TARGETS);
    }

    @Test
    void a_template_keeps_its_sections_and_leaves_out_activities_that_did_not_come_over_with_a_warning() {
        assertThat(payloads(events(id("templates", "t-daily")), TemplateCreated.class)).containsExactly(
                new TemplateCreated(id("goals", "g-root"), id("templates", "t-daily"), "Daily Practice",
                                    "Scales and repertoire",
                                    List.of(new TemplateSection("Warm-up", 10, List.of(id("activities", "a-scale"))),
                                            new TemplateSection("Repertoire", 30, List.of(id("activities", "a-hands")))),
                                    context.ownerId(), T0.plusSeconds(40)));
        assertThat(context.warnings).contains(
                new Entry("templates", "t-daily", "section 'Warm-up': its activity a-deleted is not in the file; "
                        + "left out of the section"),
                new Entry("templates", "t-daily", "section 'Warm-up': its activity a-greedy was not imported; "
                        + "left out of the section"));
    }

    private UUID id(String entity, String sourceId) {
        return context.idOf(entity, sourceId);
    }

    private List<DomainEventMessage<?>> events(UUID aggregateId) {
        return eventStore.readEvents(aggregateId.toString()).asStream().<DomainEventMessage<?>>map(event -> event).toList();
    }

    private static <T> List<T> payloads(List<DomainEventMessage<?>> events, Class<T> type) {
        return events.stream().map(DomainEventMessage::getPayload).filter(type::isInstance).map(type::cast).toList();
    }
}
