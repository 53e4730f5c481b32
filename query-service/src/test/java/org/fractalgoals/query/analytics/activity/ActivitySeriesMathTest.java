package org.fractalgoals.query.analytics.activity;

import org.fractalgoals.query.analytics.activity.ActivityDefinition.Metric;
import org.fractalgoals.query.analytics.activity.ActivitySeriesMath.Plot;
import org.fractalgoals.query.analytics.activity.ActivitySeriesMath.SetChoice;
import org.fractalgoals.query.analytics.activity.ActivitySeriesMath.XY;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of docs/analytics.md "Activities", with numbers worked out by hand. */
class ActivitySeriesMathTest {

    private static final UUID TEMPO = UUID.randomUUID();
    private static final UUID REPS = UUID.randomUUID();
    private static final UUID RATING = UUID.randomUUID();
    private static final UUID LEFT = UUID.randomUUID();
    private static final UUID RIGHT = UUID.randomUUID();

    /** S24: "C major scale", Tempo (top-set metric) and Reps, both multiplicative. */
    private static final ActivityDefinition SCALE = activity(true, false,
            List.of(metric(TEMPO, true, true), metric(REPS, false, true)), List.of());
    /** S24 session A (day 1) and session B (day 3). */
    private static final List<List<StoredValue>> DAY_1 = List.of(set(TEMPO, "100", REPS, "4"), set(TEMPO, "120", REPS, "3"));
    private static final List<List<StoredValue>> DAY_3 = List.of(set(TEMPO, "125", REPS, "2"));

    private final ActivitySeriesMath math = new ActivitySeriesMath(SCALE, null);

    /** Left and right, Tempo and Reps of each. */
    private final ActivityDefinition legs = activity(true, true,
            List.of(metric(TEMPO, true, true), metric(REPS, false, true)), List.of(LEFT, RIGHT));
    private final List<List<StoredValue>> legSets = List.of(
            values(value(TEMPO, LEFT, "10"), value(TEMPO, RIGHT, "12"), value(REPS, LEFT, "5"), value(REPS, RIGHT, "4")),
            values(value(TEMPO, LEFT, "11"), value(TEMPO, RIGHT, "8"), value(REPS, LEFT, "6"), value(REPS, RIGHT, "6")));

    @Test
    void s24_row_1_series_tempo_top_set_is_120_then_125() {
        assertThat(series(math, DAY_1, new Plot(TEMPO), SetChoice.TOP)).isEqualTo("120");
        assertThat(series(math, DAY_3, new Plot(TEMPO), SetChoice.TOP)).isEqualTo("125");
    }

    @Test
    void s24_row_2_series_tempo_average_is_110_then_125() {
        assertThat(series(math, DAY_1, new Plot(TEMPO), SetChoice.AVERAGE)).isEqualTo("110");
        assertThat(series(math, DAY_3, new Plot(TEMPO), SetChoice.AVERAGE)).isEqualTo("125");
    }

    @Test
    void s24_row_3_series_product_top_set_is_120_times_3_then_250() {
        assertThat(series(math, DAY_1, Plot.PRODUCT, SetChoice.TOP)).isEqualTo("360");
        assertThat(series(math, DAY_3, Plot.PRODUCT, SetChoice.TOP)).isEqualTo("250");
    }

    @Test
    void s24_row_4_series_product_average_is_the_mean_of_400_and_360_then_250() {
        assertThat(series(math, DAY_1, Plot.PRODUCT, SetChoice.AVERAGE)).isEqualTo("380");
        assertThat(series(math, DAY_3, Plot.PRODUCT, SetChoice.AVERAGE)).isEqualTo("250");
    }

    @Test
    void s24_row_5_scatter_tempo_by_reps_top_set_and_average() {
        assertThat(scatter(math, DAY_1, TEMPO, REPS, SetChoice.TOP)).isEqualTo("(120, 3)");
        assertThat(scatter(math, DAY_3, TEMPO, REPS, SetChoice.TOP)).isEqualTo("(125, 2)");
        assertThat(scatter(math, DAY_1, TEMPO, REPS, SetChoice.AVERAGE)).isEqualTo("(110, 3.5)");
        assertThat(scatter(math, DAY_3, TEMPO, REPS, SetChoice.AVERAGE)).isEqualTo("(125, 2)");
    }

    @Test
    void top_takes_the_set_with_the_highest_value_of_the_plotted_metric() {
        assertThat(series(math, DAY_1, new Plot(REPS), SetChoice.TOP)).isEqualTo("4");
    }

    @Test
    void a_maximum_is_exact_and_an_average_is_rounded_half_up_to_two_places() {
        List<List<StoredValue>> sets = List.of(set(TEMPO, "1.125"), set(TEMPO, "1.1"));
        assertThat(series(math, sets, new Plot(TEMPO), SetChoice.TOP)).isEqualTo("1.125");
        // (1.125 + 1.1) / 2 = 1.1125 → 1.11
        assertThat(series(math, sets, new Plot(TEMPO), SetChoice.AVERAGE)).isEqualTo("1.11");
        // (1.00 + 1.01) / 2 = 1.005 → 1.01 half-up (half-even would give 1.00)
        assertThat(series(math, List.of(set(TEMPO, "1.00"), set(TEMPO, "1.01")), new Plot(TEMPO), SetChoice.AVERAGE))
                .isEqualTo("1.01");
        // (100 + 101 + 101) / 3 = 100.666… → 100.67
        assertThat(series(math, List.of(set(TEMPO, "100"), set(TEMPO, "101"), set(TEMPO, "101")), new Plot(TEMPO),
                          SetChoice.AVERAGE)).isEqualTo("100.67");
    }

    @Test
    void the_average_counts_only_the_sets_that_have_the_value() {
        List<List<StoredValue>> sets = List.of(set(TEMPO, "100"), set(REPS, "5"), set(TEMPO, "110"));
        assertThat(series(math, sets, new Plot(TEMPO), SetChoice.AVERAGE)).isEqualTo("105");
    }

    @Test
    void the_first_of_equal_top_sets_is_taken() {
        List<List<StoredValue>> sets = List.of(set(TEMPO, "120", REPS, "3"), set(TEMPO, "120", REPS, "5"));
        assertThat(scatter(math, sets, TEMPO, REPS, SetChoice.TOP)).isEqualTo("(120, 3)");
    }

    @Test
    void an_instance_without_the_value_gives_no_point() {
        assertThat(math.value(List.of(), new Plot(TEMPO), SetChoice.TOP)).isEmpty();
        assertThat(math.value(List.of(set(REPS, "3")), new Plot(TEMPO), SetChoice.AVERAGE)).isEmpty();
        assertThat(math.point(List.of(set(TEMPO, "100"), set(REPS, "3")), TEMPO, REPS, SetChoice.TOP)).isEmpty();
    }

    @Test
    void the_scatter_uses_only_sets_with_both_values() {
        List<List<StoredValue>> sets = List.of(set(TEMPO, "200"), set(TEMPO, "100", REPS, "4"),
                                               set(TEMPO, "90", REPS, "3"));
        // The set with Tempo 200 has no Reps: top is (100, 4); average is (95, 3.5)
        assertThat(scatter(math, sets, TEMPO, REPS, SetChoice.TOP)).isEqualTo("(100, 4)");
        assertThat(scatter(math, sets, TEMPO, REPS, SetChoice.AVERAGE)).isEqualTo("(95, 3.5)");
    }

    @Test
    void a_single_value_activity_reads_its_values_as_one_set() {
        ActivityDefinition noSets = activity(false, false, List.of(metric(TEMPO, true, true), metric(REPS, false, true)),
                                             List.of());
        ActivitySeriesMath single = new ActivitySeriesMath(noSets, null);
        List<List<StoredValue>> values = List.of(set(TEMPO, "90", REPS, "2"));
        assertThat(series(single, values, new Plot(TEMPO), SetChoice.TOP)).isEqualTo("90");
        assertThat(series(single, values, new Plot(TEMPO), SetChoice.AVERAGE)).isEqualTo("90");
        assertThat(series(single, values, Plot.PRODUCT, SetChoice.AVERAGE)).isEqualTo("180");
    }

    @Test
    void a_set_without_every_multiplicative_value_has_no_product_and_is_not_a_top_candidate() {
        List<List<StoredValue>> sets = List.of(set(TEMPO, "150"), set(TEMPO, "90", REPS, "2"));
        assertThat(series(math, sets, Plot.PRODUCT, SetChoice.TOP)).isEqualTo("180");
        assertThat(series(math, sets, Plot.PRODUCT, SetChoice.AVERAGE)).isEqualTo("180");
        assertThat(math.value(List.of(set(TEMPO, "150")), Plot.PRODUCT, SetChoice.TOP)).isEmpty();
    }

    @Test
    void a_metric_that_is_not_multiplicative_is_not_a_factor() {
        ActivityDefinition rated = activity(true, false, List.of(metric(TEMPO, true, true), metric(REPS, false, true),
                                                                 metric(RATING, false, false)), List.of());
        ActivitySeriesMath math = new ActivitySeriesMath(rated, null);
        assertThat(series(math, List.of(set(TEMPO, "100", REPS, "3")), Plot.PRODUCT, SetChoice.TOP)).isEqualTo("300");
        assertThat(series(math, List.of(set(TEMPO, "100", REPS, "3", RATING, "7")), Plot.PRODUCT, SetChoice.TOP))
                .isEqualTo("300");
    }

    @Test
    void the_top_set_of_a_product_is_chosen_by_the_marked_top_set_metric() {
        ActivityDefinition repsFirst = activity(true, false, List.of(metric(TEMPO, false, true), metric(REPS, true, true)),
                                                List.of());
        // Reps is the top-set metric: (100, 4) wins over (120, 3)
        assertThat(series(new ActivitySeriesMath(repsFirst, null), DAY_1, Plot.PRODUCT, SetChoice.TOP)).isEqualTo("400");
    }

    @Test
    void without_a_marked_top_set_metric_the_first_metric_chooses() {
        ActivityDefinition unmarked = activity(true, false, List.of(metric(REPS, false, true), metric(TEMPO, false, true)),
                                               List.of());
        // Reps comes first: (100, 4) wins
        assertThat(series(new ActivitySeriesMath(unmarked, null), DAY_1, Plot.PRODUCT, SetChoice.TOP)).isEqualTo("400");
    }

    @Test
    void a_product_of_exact_decimals_stays_exact() {
        assertThat(series(math, List.of(set(TEMPO, "2.5", REPS, "1.25")), Plot.PRODUCT, SetChoice.TOP)).isEqualTo("3.125");
    }

    @Test
    void a_specific_split_reads_only_its_values() {
        ActivitySeriesMath left = new ActivitySeriesMath(legs, LEFT);
        assertThat(series(left, legSets, new Plot(TEMPO), SetChoice.TOP)).isEqualTo("11");
        assertThat(series(left, legSets, new Plot(TEMPO), SetChoice.AVERAGE)).isEqualTo("10.5");
        // Left sets (10, 5) and (11, 6): top by Tempo is (11, 6) → 66; average (50 + 66) / 2 = 58
        assertThat(series(left, legSets, Plot.PRODUCT, SetChoice.TOP)).isEqualTo("66");
        assertThat(series(left, legSets, Plot.PRODUCT, SetChoice.AVERAGE)).isEqualTo("58");
        assertThat(scatter(new ActivitySeriesMath(legs, RIGHT), legSets, TEMPO, REPS, SetChoice.TOP)).isEqualTo("(12, 4)");
    }

    @Test
    void all_splits_combine_each_set_into_the_mean_of_its_splits() {
        ActivitySeriesMath all = new ActivitySeriesMath(legs, null);
        // Set 1 → Tempo 11, Reps 4.5; set 2 → Tempo 9.5, Reps 6
        assertThat(series(all, legSets, new Plot(TEMPO), SetChoice.TOP)).isEqualTo("11");
        assertThat(series(all, legSets, new Plot(TEMPO), SetChoice.AVERAGE)).isEqualTo("10.25");
        assertThat(series(all, legSets, new Plot(REPS), SetChoice.TOP)).isEqualTo("6");
        // Top set by Tempo is set 1: 11 × 4.5 = 49.5; average (49.5 + 57) / 2 = 53.25
        assertThat(series(all, legSets, Plot.PRODUCT, SetChoice.TOP)).isEqualTo("49.5");
        assertThat(series(all, legSets, Plot.PRODUCT, SetChoice.AVERAGE)).isEqualTo("53.25");
        assertThat(scatter(all, legSets, TEMPO, REPS, SetChoice.AVERAGE)).isEqualTo("(10.25, 5.25)");
    }

    @Test
    void the_mean_of_splits_is_rounded_as_an_average() {
        ActivitySeriesMath all = new ActivitySeriesMath(legs, null);
        // (10 + 10.125) / 2 = 10.0625 → 10.06
        assertThat(series(all, List.of(values(value(TEMPO, LEFT, "10"), value(TEMPO, RIGHT, "10.125"))),
                   new Plot(TEMPO), SetChoice.TOP)).isEqualTo("10.06");
    }

    @Test
    void values_without_a_split_or_of_a_removed_split_are_ignored_by_a_split_activity() {
        ActivitySeriesMath all = new ActivitySeriesMath(legs, null);
        List<List<StoredValue>> mixed = List.of(values(value(TEMPO, null, "100"), value(TEMPO, UUID.randomUUID(), "90"),
                                                       value(TEMPO, LEFT, "10")));
        assertThat(series(all, mixed, new Plot(TEMPO), SetChoice.TOP)).isEqualTo("10");
    }

    @Test
    void values_with_a_split_are_ignored_by_an_activity_without_splits() {
        ActivitySeriesMath math = new ActivitySeriesMath(SCALE, LEFT);
        List<List<StoredValue>> mixed = List.of(values(value(TEMPO, LEFT, "200"), value(TEMPO, null, "100")));
        assertThat(series(math, mixed, new Plot(TEMPO), SetChoice.TOP)).isEqualTo("100");
    }

    @Test
    void values_of_metrics_removed_from_the_activity_are_ignored() {
        UUID removed = UUID.randomUUID();
        assertThat(math.resolve(values(value(removed, null, "7"), value(TEMPO, null, "100")))).containsOnlyKeys(TEMPO);
    }

    @Test
    void numbers_are_shown_plain_without_trailing_zeros() {
        BigDecimal shown = math.value(List.of(set(TEMPO, "100.00"), set(TEMPO, "120.00")), new Plot(TEMPO),
                                      SetChoice.AVERAGE).orElseThrow();
        assertThat(shown.toString()).isEqualTo("110");
        assertThat(math.value(List.of(set(TEMPO, "1E+2")), new Plot(TEMPO), SetChoice.TOP).orElseThrow().toString())
                .isEqualTo("100");
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static String series(ActivitySeriesMath math, List<List<StoredValue>> sets, Plot plot, SetChoice choice) {
        Optional<BigDecimal> value = math.value(sets, plot, choice);
        assertThat(value).as("a value").isPresent();
        return value.get().toString();
    }

    private static String scatter(ActivitySeriesMath math, List<List<StoredValue>> sets, UUID x, UUID y, SetChoice choice) {
        XY point = math.point(sets, x, y, choice).orElseThrow();
        return "(" + point.x() + ", " + point.y() + ")";
    }

    static ActivityDefinition activity(boolean hasSets, boolean hasSplits, List<Metric> metrics, List<UUID> splits) {
        return new ActivityDefinition(UUID.randomUUID(), "Activity", hasSets, hasSplits, true, metrics, splits);
    }

    static Metric metric(UUID id, boolean topSet, boolean multiplicative) {
        return new Metric(id, "Metric", "unit", topSet, multiplicative);
    }

    /** A set without splits: metric id, value, metric id, value, … */
    private static List<StoredValue> set(Object... metricsAndValues) {
        List<StoredValue> values = new ArrayList<>();
        for (int i = 0; i < metricsAndValues.length; i += 2) {
            values.add(value((UUID) metricsAndValues[i], null, (String) metricsAndValues[i + 1]));
        }
        return values;
    }

    private static List<StoredValue> values(StoredValue... values) {
        return List.of(values);
    }

    private static StoredValue value(UUID metric, UUID split, String value) {
        return new StoredValue(metric, split, new BigDecimal(value));
    }
}
