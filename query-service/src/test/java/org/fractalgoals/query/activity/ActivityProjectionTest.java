package org.fractalgoals.query.activity;

import org.fractalgoals.events.activity.ActivityChanged;
import org.fractalgoals.events.activity.ActivityCreated;
import org.fractalgoals.events.activity.ActivityDeleted;
import org.fractalgoals.events.activity.ActivityGroupCreated;
import org.fractalgoals.events.activity.ActivityGroupDeleted;
import org.fractalgoals.events.activity.ActivityGroupDescriptionChanged;
import org.fractalgoals.events.activity.ActivityGroupRenamed;
import org.fractalgoals.events.activity.ActivityGroupsReordered;
import org.fractalgoals.events.activity.FindActivities;
import org.fractalgoals.events.activity.FindActivity;
import org.fractalgoals.events.activity.FindActivityGroups;
import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.activity.SplitDefinition;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.personaldata.OwnedEvent;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The projection's handlers called directly, against the real read-model tables. */
class ActivityProjectionTest extends QueryServiceTest {

    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");

    @Autowired
    private ActivityProjection projection;
    @Autowired
    private JdbcTemplate jdbc;

    private final String owner = TestTokens.newUserId();
    private final UUID fractal = UUID.randomUUID();
    /** Every event applied, with its sequence number, for redelivery. */
    private final List<Map.Entry<OwnedEvent, Long>> applied = new ArrayList<>();
    private long groupSequence;

    private final MetricDefinition tempo = new MetricDefinition(UUID.randomUUID(), "Tempo", "bpm", true, true);
    private final MetricDefinition reps = new MetricDefinition(UUID.randomUUID(), "Reps", "reps", false, false);
    private final SplitDefinition left = new SplitDefinition(UUID.randomUUID(), "Left");
    private final SplitDefinition right = new SplitDefinition(UUID.randomUUID(), "Right");

    private void apply(OwnedEvent event, long sequence) {
        deliver(event, sequence);
        applied.add(Map.entry(event, sequence));
    }

    private void deliver(OwnedEvent event, long sequence) {
        switch (event) {
            case ActivityCreated e -> projection.on(e, sequence);
            case ActivityChanged e -> projection.on(e, sequence);
            case ActivityDeleted e -> projection.on(e, sequence);
            case ActivityGroupCreated e -> projection.on(e, sequence);
            case ActivityGroupRenamed e -> projection.on(e, sequence);
            case ActivityGroupDescriptionChanged e -> projection.on(e, sequence);
            case ActivityGroupsReordered e -> projection.on(e, sequence);
            case ActivityGroupDeleted e -> projection.on(e, sequence);
            case FractalDeleted e -> projection.on(e);
            default -> throw new IllegalArgumentException("No handler in this test for " + event.getClass());
        }
    }

    private void redeliverAll() {
        List.copyOf(applied).forEach(entry -> deliver(entry.getKey(), entry.getValue()));
    }

    private UUID group(String name, Instant at) {
        UUID id = UUID.randomUUID();
        apply(new ActivityGroupCreated(fractal, id, name, null, owner, at), groupSequence++);
        return id;
    }

    private void groupEvent(OwnedEvent event) {
        apply(event, groupSequence++);
    }

    private ActivityCreated scale(UUID id, UUID groupId) {
        return new ActivityCreated(fractal, id, "C major scale", "Two octaves", groupId, true, true, true, true,
                                   List.of(tempo, reps), List.of(left, right), owner, T0);
    }

    private ActivityCreated simple(UUID id, String name) {
        return new ActivityCreated(fractal, id, name, null, null, false, false, false, false, List.of(), List.of(), owner,
                                   T0);
    }

    private ActivityDetail detail(UUID id) {
        return projection.handle(new FindActivity(owner, fractal, id)).orElseThrow();
    }

    private List<ActivityView> list(UUID groupId) {
        return projection.handle(new FindActivities(owner, fractal, groupId, 200, null)).items();
    }

    private List<ActivityGroupView> groups() {
        return projection.handle(new FindActivityGroups(owner, fractal, 200, null)).items();
    }

    @Test
    void a_created_activity_is_read_with_its_metrics_and_splits_in_order() {
        UUID technique = group("Technique", T0);
        UUID id = UUID.randomUUID();
        apply(scale(id, technique), 0);

        ActivityDetail activity = detail(id);

        assertThat(activity.id()).isEqualTo(id);
        assertThat(activity.name()).isEqualTo("C major scale");
        assertThat(activity.description()).isEqualTo("Two octaves");
        assertThat(activity.groupId()).isEqualTo(technique);
        assertThat(List.of(activity.hasSets(), activity.hasSplits(), activity.hasMetrics(), activity.multiplicative()))
                .containsExactly(true, true, true, true);
        assertThat(activity.metrics()).containsExactly(new ActivityView.Metric(tempo.metricId(), "Tempo", "bpm", true, true),
                                                       new ActivityView.Metric(reps.metricId(), "Reps", "reps", false, false));
        assertThat(activity.splits()).containsExactly(new ActivityView.Split(left.splitId(), "Left"),
                                                      new ActivityView.Split(right.splitId(), "Right"));
        assertThat(activity.createdAt()).isEqualTo(T0);
        assertThat(activity.updatedAt()).isEqualTo(T0);
        assertThat(activity.instanceCount()).isZero();
        assertThat(activity.lastUsedAt()).isNull();
        assertThat(activity.version()).isZero();
        assertThat(activity.removedMetrics()).isEmpty();
        assertThat(activity.removedSplits()).isEmpty();
    }

    @Test
    void a_change_replaces_the_definition_and_keeps_the_labels_of_removed_metrics_and_splits() {
        UUID id = UUID.randomUUID();
        apply(scale(id, null), 0);
        MetricDefinition accuracy = new MetricDefinition(UUID.randomUUID(), "Accuracy", "%", false, true);
        SplitDefinition both = new SplitDefinition(UUID.randomUUID(), "Both");
        Instant later = T0.plusSeconds(60);
        apply(new ActivityChanged(fractal, id, "Scales", null, null, true, true, true, false, List.of(accuracy, tempo),
                                  List.of(right, both), List.of(reps.metricId()), List.of(left.splitId()), owner, later), 1);

        ActivityDetail activity = detail(id);

        assertThat(activity.name()).isEqualTo("Scales");
        assertThat(activity.description()).isNull();
        assertThat(activity.multiplicative()).isFalse();
        assertThat(activity.metrics()).extracting(ActivityView.Metric::id).containsExactly(accuracy.metricId(), tempo.metricId());
        assertThat(activity.splits()).extracting(ActivityView.Split::name).containsExactly("Right", "Both");
        assertThat(activity.removedMetrics()).containsExactly(
                new ActivityDetail.RemovedMetric(reps.metricId(), "Reps", "reps", later));
        assertThat(activity.removedSplits()).containsExactly(new ActivityDetail.RemovedSplit(left.splitId(), "Left", later));
        assertThat(activity.updatedAt()).isEqualTo(later);
        assertThat(activity.createdAt()).isEqualTo(T0);
        assertThat(activity.version()).isEqualTo(1);
    }

    @Test
    void redelivered_events_change_nothing() {
        UUID technique = group("Technique", T0);
        UUID theory = group("Theory", T0.plusSeconds(1));
        groupEvent(new ActivityGroupsReordered(fractal, List.of(theory, technique), owner, T0));
        groupEvent(new ActivityGroupRenamed(fractal, theory, "Music theory", owner, T0));
        UUID id = UUID.randomUUID();
        apply(scale(id, technique), 0);
        apply(new ActivityChanged(fractal, id, "Scales", null, theory, true, false, true, false, List.of(tempo),
                                  List.of(), List.of(reps.metricId()), List.of(left.splitId(), right.splitId()), owner,
                                  T0.plusSeconds(5)), 1);
        ActivityDetail before = detail(id);
        List<ActivityGroupView> groupsBefore = groups();

        redeliverAll();

        assertThat(detail(id)).isEqualTo(before);
        assertThat(groups()).isEqualTo(groupsBefore);
        assertThat(groupsBefore).extracting(ActivityGroupView::name, ActivityGroupView::position)
                                .containsExactly(tuple("Music theory", 0), tuple("Technique", 1));
        assertThat(before.removedMetrics()).extracting(ActivityDetail.RemovedMetric::name).containsExactly("Reps");
    }

    @Test
    void a_deleted_activity_is_gone_and_stays_gone_when_its_events_come_again() {
        UUID id = UUID.randomUUID();
        apply(scale(id, null), 0);
        apply(new ActivityDeleted(fractal, id, owner, T0.plusSeconds(1)), 1);

        assertThat(projection.handle(new FindActivity(owner, fractal, id))).isEmpty();
        assertThat(list(null)).isEmpty();
        redeliverAll();
        assertThat(projection.handle(new FindActivity(owner, fractal, id))).isEmpty();
    }

    @Test
    void activities_are_listed_by_name_ignoring_case() {
        UUID banana = UUID.randomUUID();
        UUID apple = UUID.randomUUID();
        UUID cherry = UUID.randomUUID();
        apply(simple(banana, "banana"), 0);
        apply(simple(apple, "Apple"), 0);
        apply(simple(cherry, "cherry"), 0);

        assertThat(list(null)).extracting(ActivityView::name).containsExactly("Apple", "banana", "cherry");
    }

    @Test
    void groups_are_listed_in_their_order_numbered_from_0() {
        UUID technique = group("Technique", T0);
        UUID repertoire = group("Repertoire", T0);
        UUID theory = group("Theory", T0);
        assertThat(groups()).extracting(ActivityGroupView::id).containsExactly(technique, repertoire, theory);

        groupEvent(new ActivityGroupsReordered(fractal, List.of(theory, technique, repertoire), owner, T0));
        groupEvent(new ActivityGroupDescriptionChanged(fractal, theory, "Harmony", owner, T0));

        assertThat(groups()).containsExactly(new ActivityGroupView(theory, "Theory", "Harmony", 0),
                                             new ActivityGroupView(technique, "Technique", null, 1),
                                             new ActivityGroupView(repertoire, "Repertoire", null, 2));
        assertThat(projection.handle(new FindActivityGroups(owner, fractal, 200, null)).version()).isEqualTo(4);
    }

    @Test
    void deleting_a_group_ungroups_its_activities_without_deleting_them() {
        UUID technique = group("Technique", T0);
        UUID repertoire = group("Repertoire", T0);
        UUID theory = group("Theory", T0);
        UUID scales = UUID.randomUUID();
        apply(scale(scales, technique), 0);
        UUID piece = UUID.randomUUID();
        apply(new ActivityCreated(fractal, piece, "Nocturne", null, repertoire, false, false, false, false, List.of(),
                                  List.of(), owner, T0), 0);
        assertThat(list(technique)).extracting(ActivityView::id).containsExactly(scales);

        groupEvent(new ActivityGroupDeleted(fractal, technique, owner, T0));

        assertThat(detail(scales).groupId()).isNull();
        assertThat(list(technique)).isEmpty();
        assertThat(list(repertoire)).extracting(ActivityView::id).containsExactly(piece);
        assertThat(list(null)).extracting(ActivityView::id).containsExactly(scales, piece);
        assertThat(groups()).extracting(ActivityGroupView::id, ActivityGroupView::position)
                            .containsExactly(tuple(repertoire, 0), tuple(theory, 1));
    }

    @Test
    void a_deleted_fractal_takes_its_activities_and_groups_with_it_for_good() {
        UUID technique = group("Technique", T0);
        UUID id = UUID.randomUUID();
        apply(scale(id, technique), 0);
        apply(new ActivityChanged(fractal, id, "Scales", null, null, true, true, true, false, List.of(tempo),
                                  List.of(left, right), List.of(reps.metricId()), List.of(), owner, T0), 1);

        projection.on(new FractalDeleted(fractal, owner, T0));

        assertThat(list(null)).isEmpty();
        assertThat(groups()).isEmpty();
        assertThat(projection.handle(new FindActivityGroups(owner, fractal, 200, null)).version()).isNull();
        redeliverAll();
        assertThat(list(null)).isEmpty();
        assertThat(groups()).isEmpty();
        Integer rows = jdbc.queryForObject("select (select count(*) from activity where fractal_id = ?) "
                                                   + "+ (select count(*) from activity_removed_metric where activity_id = ?)",
                                           Integer.class, fractal, id);
        assertThat(rows).isZero();
    }

    @Test
    void nothing_is_answered_to_another_owner_or_for_another_fractal() {
        UUID id = UUID.randomUUID();
        apply(scale(id, group("Technique", T0)), 0);

        assertThat(projection.handle(new FindActivity("someone-else", fractal, id))).isEmpty();
        assertThat(projection.handle(new FindActivity(owner, UUID.randomUUID(), id))).isEmpty();
        assertThat(projection.handle(new FindActivities("someone-else", fractal, null, 200, null)).items()).isEmpty();
        assertThat(projection.handle(new FindActivityGroups("someone-else", fractal, 200, null)).items()).isEmpty();
    }

    @Test
    void a_metric_that_comes_back_under_its_old_id_is_no_longer_listed_as_removed() {
        UUID id = UUID.randomUUID();
        apply(scale(id, null), 0);
        apply(new ActivityChanged(fractal, id, "Scales", null, null, true, true, true, false, List.of(tempo),
                                  List.of(left, right), List.of(reps.metricId()), List.of(), owner, T0), 1);
        apply(new ActivityChanged(fractal, id, "Scales", null, null, true, true, true, false, List.of(tempo, reps),
                                  List.of(left, right), List.of(), List.of(), owner, T0), 2);

        assertThat(detail(id).removedMetrics()).isEmpty();
        assertThat(detail(id).metrics()).hasSize(2);
    }
}
