package org.fractalgoals.query.analytics.goal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Sums session time per goal. A session reaches a goal's subtree through any of its links, and must add its time
 * there once however many of them lead into it, so each session adds its time once to every goal in the union of
 * its linked goals' paths to the root: work in links times depth, not in goals times sessions.
 */
final class TimePerGoal {

    private TimePerGoal() {
    }

    static List<GoalTime> of(GoalTree tree, List<SessionLink> links) {
        Map<UUID, Totals> totals = new HashMap<>();
        tree.inTreeOrder().forEach(goal -> totals.put(goal.id(), new Totals()));
        for (List<SessionLink> session : bySession(links)) {
            long seconds = session.getFirst().timedSeconds();
            Set<UUID> reached = new HashSet<>();
            for (SessionLink link : session) {
                Totals direct = totals.get(link.goalId());
                if (direct == null) {
                    continue;
                }
                direct.directSeconds += seconds;
                direct.sessionCount++;
                reached.addAll(tree.selfAndAncestors(link.goalId()));
            }
            reached.forEach(goalId -> totals.get(goalId).subtreeSeconds += seconds);
        }
        List<GoalTime> items = new ArrayList<>();
        tree.inTreeOrder().forEach(goal -> {
            Totals sums = totals.get(goal.id());
            items.add(new GoalTime(goal.id(), goal.parentId(), goal.name(), goal.level(), sums.directSeconds,
                                   sums.subtreeSeconds, sums.sessionCount));
        });
        return items;
    }

    /** The links grouped by session; a session is linked to each goal at most once. */
    private static Iterable<List<SessionLink>> bySession(List<SessionLink> links) {
        Map<UUID, List<SessionLink>> sessions = new LinkedHashMap<>();
        links.forEach(link -> sessions.computeIfAbsent(link.sessionId(), id -> new ArrayList<>(3)).add(link));
        return sessions.values();
    }

    private static final class Totals {
        long directSeconds;
        long subtreeSeconds;
        int sessionCount;
    }
}
