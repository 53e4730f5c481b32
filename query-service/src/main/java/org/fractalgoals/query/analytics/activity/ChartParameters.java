package org.fractalgoals.query.analytics.activity;

import org.fractalgoals.platform.errors.RuleViolationException;
import org.fractalgoals.query.analytics.activity.ActivitySeriesMath.Plot;
import org.fractalgoals.query.analytics.activity.ActivitySeriesMath.SetChoice;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The query parameters of the series and scatter endpoints, checked against the activity; each refusal names its
 * parameter. Ids arrive as text so that a malformed one is refused like an unknown one, as a bad parameter.
 */
final class ChartParameters {

    static final String PRODUCT = "product";
    static final String ALL_SPLITS = "all";

    private ChartParameters() {
    }

    static SetChoice sets(String value) {
        if (value == null) {
            return SetChoice.TOP;
        }
        return switch (value) {
            case "top" -> SetChoice.TOP;
            case "average" -> SetChoice.AVERAGE;
            default -> throw new RuleViolationException("sets", "Must be top or average");
        };
    }

    static String name(SetChoice choice) {
        return choice.name().toLowerCase(Locale.ROOT);
    }

    /** @return the split to read, or null for all splits (and for an activity without splits) */
    static UUID split(ActivityDefinition activity, String value) {
        if (value == null || ALL_SPLITS.equals(value)) {
            return null;
        }
        if (!activity.hasSplits()) {
            throw new RuleViolationException("split", "The activity has no splits");
        }
        return id(value).filter(activity.splitIds()::contains)
                        .orElseThrow(() -> new RuleViolationException("split", "Must be all or a split of the activity"));
    }

    /** What the answer says was read: the split, "all", or null for an activity without splits. */
    static String name(ActivityDefinition activity, UUID split) {
        if (!activity.hasSplits()) {
            return null;
        }
        return split == null ? ALL_SPLITS : split.toString();
    }

    static Plot metric(ActivityDefinition activity, String value) {
        if (value == null) {
            if (activity.metrics().isEmpty()) {
                throw new RuleViolationException("metric", "The activity has no metrics");
            }
            return new Plot(activity.metrics().getFirst().metricId());
        }
        if (PRODUCT.equals(value)) {
            if (!activity.hasProduct()) {
                throw new RuleViolationException("metric",
                        "A product needs a multiplicative activity with at least two multiplicative metrics");
            }
            return Plot.PRODUCT;
        }
        return new Plot(metricOf(activity, "metric", value));
    }

    static String name(Plot plot) {
        return plot.isProduct() ? PRODUCT : plot.metricId().toString();
    }

    /** @param fallback the position of the metric taken when the parameter is absent (0 for x, 1 for y) */
    static UUID axis(ActivityDefinition activity, String parameter, String value, int fallback) {
        if (activity.metrics().size() < 2) {
            throw new RuleViolationException("x", "Scatter plots need an activity with at least two metrics");
        }
        return value == null ? activity.metrics().get(fallback).metricId() : metricOf(activity, parameter, value);
    }

    private static UUID metricOf(ActivityDefinition activity, String parameter, String value) {
        return id(value).filter(id -> activity.metric(id).isPresent())
                        .orElseThrow(() -> new RuleViolationException(parameter, "Not a metric of the activity"));
    }

    private static Optional<UUID> id(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
