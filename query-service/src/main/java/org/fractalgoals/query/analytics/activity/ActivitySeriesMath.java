package org.fractalgoals.query.analytics.activity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The numbers of docs/analytics.md ("Activities") for one activity instance: first each set is reduced to one
 * value per metric (the chosen split, or the mean of the splits), then a set is chosen (top) or the sets are
 * averaged. Averages are rounded half-up to 2 places at the end only, so that a product of means is not a product
 * of rounded means; maxima and products of recorded values stay exact.
 */
final class ActivitySeriesMath {

    enum SetChoice {
        TOP, AVERAGE
    }

    /** What a series plots: one metric, or the product of the multiplicative metrics (metricId null). */
    record Plot(UUID metricId) {

        static final Plot PRODUCT = new Plot(null);

        boolean isProduct() {
            return metricId == null;
        }
    }

    record XY(BigDecimal x, BigDecimal y) {
    }

    private static final MathContext DIVISION = MathContext.DECIMAL128;

    private final boolean hasSplits;
    private final UUID split;
    private final Set<UUID> metricIds = new HashSet<>();
    private final Set<UUID> splitIds;
    // Asked for every set of thousands of instances per chart: worked out once, not per set.
    private final List<UUID> multiplicativeMetricIds;
    private final UUID topSetMetricId;

    /** @param split the split to read, or null for all splits (ignored for an activity without splits) */
    ActivitySeriesMath(ActivityDefinition activity, UUID split) {
        this.hasSplits = activity.hasSplits();
        this.split = hasSplits ? split : null;
        activity.metrics().forEach(metric -> metricIds.add(metric.metricId()));
        this.splitIds = Set.copyOf(activity.splitIds());
        this.multiplicativeMetricIds = activity.multiplicativeMetricIds();
        this.topSetMetricId = activity.metrics().isEmpty() ? null : activity.topSetMetricId();
    }

    /** The instance's value of the plot, or empty when no set has it. */
    Optional<BigDecimal> value(List<List<StoredValue>> sets, Plot plot, SetChoice choice) {
        List<Candidate> candidates = new ArrayList<>(sets.size());
        for (List<StoredValue> values : sets) {
            Map<UUID, Amount> set = resolve(values);
            Amount plotted = plot.isProduct() ? product(set) : set.get(plot.metricId());
            if (plotted != null) {
                Amount rank = plot.isProduct() ? set.get(topSetMetricId) : plotted;
                candidates.add(new Candidate(plotted, rank));
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Amount answer = switch (choice) {
            case TOP -> top(candidates, Candidate::rank).value();
            case AVERAGE -> Amount.mean(candidates.stream().map(Candidate::value).toList());
        };
        return Optional.of(answer.shown());
    }

    /** The instance's point of a scatter plot, from the sets that have both values; empty when none has. */
    Optional<XY> point(List<List<StoredValue>> sets, UUID x, UUID y, SetChoice choice) {
        List<Pair> pairs = new ArrayList<>();
        for (List<StoredValue> values : sets) {
            Map<UUID, Amount> set = resolve(values);
            if (set.containsKey(x) && set.containsKey(y)) {
                pairs.add(new Pair(set.get(x), set.get(y)));
            }
        }
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        Pair answer = switch (choice) {
            case TOP -> top(pairs, Pair::x);
            case AVERAGE -> new Pair(Amount.mean(pairs.stream().map(Pair::x).toList()),
                                     Amount.mean(pairs.stream().map(Pair::y).toList()));
        };
        return Optional.of(new XY(answer.x().shown(), answer.y().shown()));
    }

    /**
     * One value per current metric: for an activity with splits the chosen split's value or the mean over its
     * current splits; values of removed metrics or splits, and values on the wrong side of "has splits", are ignored.
     */
    Map<UUID, Amount> resolve(List<StoredValue> values) {
        Map<UUID, Amount> resolved = new LinkedHashMap<>();
        Map<UUID, List<Amount>> several = null;
        for (StoredValue value : values) {
            if (value.value() == null || !metricIds.contains(value.metricId()) || !counts(value.splitId())) {
                continue;
            }
            Amount amount = Amount.exact(value.value());
            Amount first = resolved.putIfAbsent(value.metricId(), amount);
            if (first != null) {
                // Only all splits of a metric give it several values; most sets never get here.
                several = several == null ? new LinkedHashMap<>() : several;
                several.computeIfAbsent(value.metricId(), id -> new ArrayList<>(List.of(first))).add(amount);
            }
        }
        if (several != null) {
            several.forEach((metricId, amounts) -> resolved.put(metricId, Amount.mean(amounts)));
        }
        return resolved;
    }

    private boolean counts(UUID splitId) {
        if (!hasSplits) {
            return splitId == null;
        }
        return splitId != null && splitIds.contains(splitId) && (split == null || split.equals(splitId));
    }

    /** Formed only when every multiplicative metric has a value. */
    private Amount product(Map<UUID, Amount> set) {
        Amount product = null;
        for (UUID metricId : multiplicativeMetricIds) {
            Amount factor = set.get(metricId);
            if (factor == null) {
                return null;
            }
            product = product == null ? factor : product.times(factor);
        }
        return product;
    }

    /** The highest-ranked set, the first of equals; a set without a rank value ranks below every other. */
    private static <T> T top(List<T> sets, Function<T, Amount> rank) {
        T best = sets.getFirst();
        Amount bestRank = rank.apply(best);
        for (T set : sets) {
            Amount candidate = rank.apply(set);
            if (candidate != null && (bestRank == null || candidate.value().compareTo(bestRank.value()) > 0)) {
                best = set;
                bestRank = candidate;
            }
        }
        return best;
    }

    /** A set's plotted value, and the value that ranks it for "top". */
    private record Candidate(Amount value, Amount rank) {
    }

    private record Pair(Amount x, Amount y) {
    }

    /** A number and whether a mean went into it (and it is therefore rounded when shown). */
    record Amount(BigDecimal value, boolean averaged) {

        static Amount exact(BigDecimal value) {
            return new Amount(value, false);
        }

        /** The mean of one value is that value, exact. */
        static Amount mean(List<Amount> amounts) {
            if (amounts.size() == 1) {
                return amounts.getFirst();
            }
            BigDecimal sum = amounts.stream().map(Amount::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Amount(sum.divide(BigDecimal.valueOf(amounts.size()), DIVISION), true);
        }

        Amount times(Amount other) {
            return new Amount(value.multiply(other.value), averaged || other.averaged);
        }

        /** As the API shows it: averages half-up to 2 places, no trailing zeros, never in exponent notation. */
        BigDecimal shown() {
            BigDecimal shown = (averaged ? value.setScale(2, RoundingMode.HALF_UP) : value).stripTrailingZeros();
            return shown.scale() < 0 ? shown.setScale(0) : shown;
        }
    }
}
