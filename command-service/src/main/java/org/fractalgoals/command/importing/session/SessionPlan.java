package org.fractalgoals.command.importing.session;

import org.fractalgoals.command.importing.v1.V1Instance;
import org.fractalgoals.command.importing.v1.V1Session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each instance row of a v1.2 session goes: the section whose {@code activity_ids} list it, in that
 * display order (the only place v1.2 keeps it). Rows no section lists go, in created order, to the last section,
 * or to a section of their own when the session has none; ids a section lists without a row are left out.
 */
record SessionPlan(List<Placement> placements, List<String> warnings) {

    /** {@code section} null: the session has no sections, and adding the first instance makes one. */
    record Placement(V1Instance instance, Integer section) {
    }

    static SessionPlan of(V1Session session, List<V1Instance> rows) {
        Map<String, V1Instance> unplaced = new LinkedHashMap<>();
        rows.stream().sorted(SessionsImport.CREATED).forEach(row -> unplaced.putIfAbsent(row.id(), row));
        List<Placement> placements = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int s = 0; s < session.sections().size(); s++) {
            for (String instanceId : session.sections().get(s).instanceIds()) {
                V1Instance row = unplaced.remove(instanceId);
                if (row != null) {
                    placements.add(new Placement(row, s));
                } else if (rows.stream().noneMatch(r -> r.id().equals(instanceId))) {
                    warnings.add("section " + (s + 1) + " lists activity instance " + instanceId
                            + ", which has no row in v1.2: left out");
                }
            }
        }
        if (!unplaced.isEmpty()) {
            Integer last = session.sections().isEmpty() ? null : session.sections().size() - 1;
            warnings.add(unplaced.size() + " activity instance(s) listed in no section of the session ("
                    + String.join(", ", unplaced.keySet()) + "): added "
                    + (last == null ? "to a section of their own" : "to the last section"));
            unplaced.values().forEach(row -> placements.add(new Placement(row, last)));
        }
        return new SessionPlan(List.copyOf(placements), List.copyOf(warnings));
    }
}
