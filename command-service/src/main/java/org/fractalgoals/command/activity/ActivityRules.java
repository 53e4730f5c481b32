package org.fractalgoals.command.activity;

import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.activity.MetricSpec;
import org.fractalgoals.events.activity.SplitDefinition;
import org.fractalgoals.events.activity.SplitSpec;
import org.fractalgoals.platform.errors.FieldError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The rules of an activity definition and v1.2's way of keeping metric and split ids across an edit. Pure
 * functions: the {@link Activity} aggregate applies them to what a command asks for.
 */
final class ActivityRules {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 5000;
    static final int UNIT_MAX = 50;
    static final int METRICS_MAX = 3;
    static final int SPLITS_MIN = 2;
    static final int SPLITS_MAX = 5;
    private static final String COPY_SUFFIX = " (Copy)";

    private ActivityRules() {
    }

    /** What a create or change asks an activity to be, before metric and split ids are settled. */
    record Draft(String name, String description, boolean hasSets, boolean hasSplits, boolean hasMetrics,
                 List<MetricSpec> metrics, List<SplitSpec> splits) {
    }

    /** Every broken rule of the draft, each named by its field ({@code metrics[1].unit}, {@code splits}, …). */
    static List<FieldError> violations(Draft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank()) {
            errors.add(new FieldError("name", "Name is required"));
        } else if (draft.name().length() > NAME_MAX) {
            errors.add(new FieldError("name", "At most " + NAME_MAX + " characters"));
        }
        if (draft.description() != null && draft.description().length() > DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "At most " + DESCRIPTION_MAX + " characters"));
        }
        metricViolations(draft, errors);
        splitViolations(draft, errors);
        return errors;
    }

    private static void metricViolations(Draft draft, List<FieldError> errors) {
        List<MetricSpec> metrics = draft.metrics();
        if (!draft.hasMetrics()) {
            if (!metrics.isEmpty()) {
                errors.add(new FieldError("metrics", "Must be empty when hasMetrics is false"));
            }
            return;
        }
        if (metrics.isEmpty()) {
            errors.add(new FieldError("metrics", "At least 1 metric is required when hasMetrics is true"));
        } else if (metrics.size() > METRICS_MAX) {
            errors.add(new FieldError("metrics", "Maximum of " + METRICS_MAX + " metrics allowed per activity."));
        }
        Set<UUID> ids = new HashSet<>();
        boolean topSetSeen = false;
        for (int i = 0; i < metrics.size(); i++) {
            String field = "metrics[" + i + "]";
            MetricSpec metric = metrics.get(i);
            if (metric == null) {
                errors.add(new FieldError(field, "Must be a metric, not null"));
                continue;
            }
            text(field + ".name", metric.name(), NAME_MAX, errors);
            text(field + ".unit", metric.unit(), UNIT_MAX, errors);
            if (metric.metricId() != null && !ids.add(metric.metricId())) {
                errors.add(new FieldError(field + ".id", "Appears more than once"));
            }
            if (metric.topSet()) {
                if (!draft.hasSets()) {
                    errors.add(new FieldError(field + ".topSet", "Only an activity with sets has a top-set metric"));
                } else if (topSetSeen) {
                    errors.add(new FieldError(field + ".topSet", "At most one metric can be the top-set metric"));
                }
                topSetSeen = true;
            }
        }
    }

    private static void splitViolations(Draft draft, List<FieldError> errors) {
        List<SplitSpec> splits = draft.splits();
        if (!draft.hasSplits()) {
            if (!splits.isEmpty()) {
                errors.add(new FieldError("splits", "Must be empty when hasSplits is false"));
            }
            return;
        }
        if (splits.size() < SPLITS_MIN) {
            errors.add(new FieldError("splits", "At least " + SPLITS_MIN + " splits are required when hasSplits is true"));
        } else if (splits.size() > SPLITS_MAX) {
            errors.add(new FieldError("splits", "Maximum of " + SPLITS_MAX + " splits allowed per activity."));
        }
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < splits.size(); i++) {
            String field = "splits[" + i + "]";
            SplitSpec split = splits.get(i);
            if (split == null) {
                errors.add(new FieldError(field, "Must be a split, not null"));
                continue;
            }
            text(field + ".name", split.name(), NAME_MAX, errors);
            if (split.splitId() != null && !ids.add(split.splitId())) {
                errors.add(new FieldError(field + ".id", "Appears more than once"));
            }
        }
    }

    private static void text(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "Is required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "At most " + max + " characters"));
        }
    }

    /** Metrics or splits after an edit: in the order asked for, with their ids settled, and the ids removed. */
    record Reconciled<T>(List<T> kept, List<UUID> removedIds) {
    }

    /**
     * v1.2's matching: an incoming metric keeps the id of the existing metric it names by id, otherwise of an
     * existing metric with the same name and unit (each existing metric matches once, ids first); the others get
     * new ids, and existing metrics matched by none are removed.
     */
    static Reconciled<MetricDefinition> reconcileMetrics(List<MetricDefinition> existing, List<MetricSpec> incoming,
                                                         Supplier<UUID> newId) {
        Map<UUID, MetricDefinition> unmatched = new LinkedHashMap<>();
        existing.forEach(metric -> unmatched.put(metric.metricId(), metric));
        UUID[] ids = new UUID[incoming.size()];
        for (int i = 0; i < incoming.size(); i++) {
            UUID asked = incoming.get(i).metricId();
            if (asked != null && unmatched.remove(asked) != null) {
                ids[i] = asked;
            }
        }
        for (int i = 0; i < incoming.size(); i++) {
            if (ids[i] != null) {
                continue;
            }
            MetricSpec metric = incoming.get(i);
            ids[i] = unmatched.values().stream()
                              .filter(old -> Objects.equals(old.name(), metric.name())
                                      && Objects.equals(old.unit(), metric.unit()))
                              .map(MetricDefinition::metricId)
                              .findFirst()
                              .orElse(null);
            if (ids[i] != null) {
                unmatched.remove(ids[i]);
            } else {
                ids[i] = newId.get();
            }
        }
        List<MetricDefinition> kept = new ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            MetricSpec metric = incoming.get(i);
            kept.add(new MetricDefinition(ids[i], metric.name(), metric.unit(), metric.topSet(), metric.multiplicative()));
        }
        return new Reconciled<>(List.copyOf(kept), List.copyOf(unmatched.keySet()));
    }

    /** Splits keep the id of the existing split they name; the others are new, and the ones left out removed. */
    static Reconciled<SplitDefinition> reconcileSplits(List<SplitDefinition> existing, List<SplitSpec> incoming,
                                                       Supplier<UUID> newId) {
        Map<UUID, SplitDefinition> unmatched = new LinkedHashMap<>();
        existing.forEach(split -> unmatched.put(split.splitId(), split));
        List<SplitDefinition> kept = new ArrayList<>();
        for (SplitSpec split : incoming) {
            UUID asked = split.splitId();
            UUID id = asked != null && unmatched.remove(asked) != null ? asked : newId.get();
            kept.add(new SplitDefinition(id, split.name()));
        }
        return new Reconciled<>(List.copyOf(kept), List.copyOf(unmatched.keySet()));
    }

    /** Metrics with the ids the command names (an import's); one without an id gets a new one. */
    static List<MetricDefinition> metricsAsNamed(List<MetricSpec> metrics) {
        return metrics.stream()
                      .map(m -> new MetricDefinition(m.metricId() != null ? m.metricId() : UUID.randomUUID(), m.name(),
                                                     m.unit(), m.topSet(), m.multiplicative()))
                      .toList();
    }

    /** Splits with the ids the command names (an import's); one without an id gets a new one. */
    static List<SplitDefinition> splitsAsNamed(List<SplitSpec> splits) {
        return splits.stream()
                     .map(s -> new SplitDefinition(s.splitId() != null ? s.splitId() : UUID.randomUUID(), s.name()))
                     .toList();
    }

    /** The metrics of an existing definition as a command would ask for them: the same ids, so all are kept. */
    static List<MetricSpec> asSpecs(List<MetricDefinition> metrics) {
        return metrics.stream()
                      .map(m -> new MetricSpec(m.metricId(), m.name(), m.unit(), m.topSet(), m.multiplicative()))
                      .toList();
    }

    static List<SplitSpec> asSplitSpecs(List<SplitDefinition> splits) {
        return splits.stream().map(s -> new SplitSpec(s.splitId(), s.name())).toList();
    }

    /** "&lt;name&gt; (Copy)", shortening the name when the copy's would be too long. */
    static String copyName(String name) {
        String copy = name + COPY_SUFFIX;
        if (copy.length() <= NAME_MAX) {
            return copy;
        }
        int keep = NAME_MAX - COPY_SUFFIX.length();
        if (Character.isHighSurrogate(name.charAt(keep - 1))) {
            keep--;
        }
        return name.substring(0, keep) + COPY_SUFFIX;
    }
}
