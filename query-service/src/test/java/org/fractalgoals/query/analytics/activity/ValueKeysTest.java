package org.fractalgoals.query.analytics.activity;

import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.activity.SplitDefinition;
import org.fractalgoals.events.session.ActivitySet;
import org.fractalgoals.events.session.RecordedValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ValueKeysTest {

    private final UUID tempo = UUID.randomUUID();
    private final UUID reps = UUID.randomUUID();
    private final UUID left = UUID.randomUUID();
    private final ValueKeys keys = new ValueKeys(List.of()).with(
            List.of(metric(tempo), metric(reps)), List.of(new SplitDefinition(left, "Left")));

    @Test
    void every_metric_gets_a_key_without_a_split_and_one_per_split() {
        assertThat(keys.keys()).containsExactly(new ValueKeys.Key(tempo, null), new ValueKeys.Key(tempo, left),
                                                new ValueKeys.Key(reps, null), new ValueKeys.Key(reps, left));
    }

    @Test
    void an_edit_appends_new_pairs_and_never_moves_or_drops_a_key() {
        UUID rating = UUID.randomUUID();
        ValueKeys edited = keys.with(List.of(metric(rating), metric(tempo)), List.of());

        assertThat(edited.keys()).startsWith(keys.keys().toArray(ValueKeys.Key[]::new))
                                 .endsWith(new ValueKeys.Key(rating, null)).hasSize(5);
    }

    @Test
    void sets_are_stored_as_keys_and_values_and_read_back_without_blank_or_unknown_values() {
        String json = keys.encodeSets(List.of(
                new ActivitySet(Arrays.asList(value(tempo, null, "120.5"), value(reps, null, null),
                                              value(UUID.randomUUID(), null, "7"))),
                new ActivitySet(List.of(value(reps, left, "3")))));

        assertThat(json).isEqualTo("[[0,120.5],[3,3]]");
        assertThat(keys.decodeSets(json)).containsExactly(
                List.of(new StoredValue(tempo, null, new BigDecimal("120.5"))),
                List.of(new StoredValue(reps, left, new BigDecimal("3"))));
    }

    @Test
    void single_values_are_set_by_pair_in_first_recorded_order_and_a_null_clears_one() {
        Map<Integer, BigDecimal> first = keys.apply(Map.of(), List.of(value(tempo, null, "80"), value(reps, null, "5")));
        Map<Integer, BigDecimal> second = keys.apply(keys.decodeValues(keys.encodeValues(first)),
                                                     Arrays.asList(value(tempo, null, "90"), value(reps, null, null)));

        assertThat(keys.encodeValues(first)).isEqualTo("[0,80,2,5]");
        assertThat(keys.encodeValues(second)).isEqualTo("[0,90]");
    }

    private static MetricDefinition metric(UUID id) {
        return new MetricDefinition(id, "Metric", "unit", false, true);
    }

    private static RecordedValue value(UUID metric, UUID split, String value) {
        return new RecordedValue(metric, split, value == null ? null : new BigDecimal(value));
    }
}
