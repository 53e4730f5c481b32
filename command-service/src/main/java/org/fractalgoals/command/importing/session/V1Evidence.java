package org.fractalgoals.command.importing.session;

import org.fractalgoals.command.importing.ImportContext;
import org.fractalgoals.command.importing.v1.V1Activity;
import org.fractalgoals.command.importing.v1.V1Instance;
import org.fractalgoals.command.importing.v1.V1Instance.V1MetricValue;
import org.fractalgoals.command.importing.v1.V1Instance.V1Set;
import org.fractalgoals.command.importing.v1.V1Instance.V1SetEntry;
import org.fractalgoals.events.session.ActivitySet;
import org.fractalgoals.events.session.RecordedValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sets and single values of a v1.2 instance in today's terms. Blank entries (never typed) and the blank
 * placeholders without a split that v1.2 keeps beside the per-split entries are left out; an entry naming a
 * metric or split the activity no longer has is listed as refused, its set kept without it.
 */
record V1Evidence(List<ActivitySet> sets, List<RecordedValue> values, List<Refusal> refusals) {

    record Refusal(String entity, String sourceId, String reason) {
    }

    static V1Evidence of(V1Instance row, V1Activity activity, ImportContext context) {
        Set<String> metrics = activity.metrics().stream().map(V1Activity.V1Metric::id).collect(Collectors.toSet());
        Set<String> splits = activity.splits().stream().map(V1Activity.V1Split::id).collect(Collectors.toSet());
        List<Refusal> refusals = new ArrayList<>();
        List<ActivitySet> sets = new ArrayList<>();
        for (int s = 0; s < row.sets().size(); s++) {
            V1Set set = row.sets().get(s);
            // v1.2 updated a typed value in place, so a metric and split appears once per set: the last one wins.
            Map<String, RecordedValue> values = new LinkedHashMap<>();
            for (V1SetEntry entry : set.entries()) {
                if (entry.value() == null || activity.hasSplits() && entry.splitId() == null) {
                    continue;
                }
                String key = row.id() + "/" + (s + 1) + "/" + entry.metricId() + (entry.splitId() == null ? "" : "/" + entry.splitId());
                String problem = problem(entry.metricId(), entry.splitId(), metrics, splits, activity);
                if (problem != null) {
                    refusals.add(new Refusal("sets", key, "set " + (s + 1) + ": " + problem + ": the value "
                            + entry.value().toPlainString() + " is left out"));
                } else {
                    values.put(key, value(context, entry.metricId(), entry.splitId(), entry.value()));
                }
            }
            sets.add(new ActivitySet(List.copyOf(values.values())));
        }
        Map<String, RecordedValue> values = new LinkedHashMap<>();
        for (V1MetricValue value : row.values()) {
            String problem = problem(value.metricId(), value.splitId(), metrics, splits, activity);
            if (problem != null) {
                refusals.add(new Refusal("metricValues", value.id(), problem + ": the value " + value.value()
                        + " is left out"));
            } else {
                values.put(value.metricId() + "/" + value.splitId(),
                           value(context, value.metricId(), value.splitId(), BigDecimal.valueOf(value.value())));
            }
        }
        return new V1Evidence(List.copyOf(sets), List.copyOf(values.values()), List.copyOf(refusals));
    }

    private static String problem(String metricId, String splitId, Set<String> metrics, Set<String> splits,
                                  V1Activity activity) {
        if (!metrics.contains(metricId)) {
            return "metric " + metricId + " no longer exists on activity " + activity.id();
        }
        if (activity.hasSplits() && (splitId == null || !splits.contains(splitId))) {
            return splitId == null ? "no split, on an activity with splits"
                    : "split " + splitId + " no longer exists on activity " + activity.id();
        }
        if (!activity.hasSplits() && splitId != null) {
            return "split " + splitId + " on an activity without splits";
        }
        return null;
    }

    private static RecordedValue value(ImportContext context, String metricId, String splitId, BigDecimal value) {
        return new RecordedValue(context.idOf("metrics", metricId),
                                 splitId == null ? null : context.idOf("splits", splitId), value);
    }
}
