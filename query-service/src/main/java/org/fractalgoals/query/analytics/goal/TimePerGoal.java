package org.fractalgoals.query.analytics.goal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sums session time per goal. A session reaches a goal's subtree through any of its links, and must add its time
 * there once however many of them lead into it: each session walks up from each of its linked goals, marking the
 * goals it adds to, and stops at the first goal it already marked (whose ancestors it marked too). The work is links
 * times depth, with no allocation per link, for the thousands of links one answer reads.
 */
final class TimePerGoal {

    private TimePerGoal() {
    }

    static List<GoalTime> of(GoalTree tree, List<SessionLink> links) {
        int goals = tree.size();
        long[] direct = new long[goals];
        long[] subtree = new long[goals];
        int[] sessionCounts = new int[goals];
        // The number (from 1) of the last session that added to the goal's subtree.
        int[] markedBy = new int[goals];
        int sessionNumber = 0;
        for (List<SessionLink> session : bySession(links)) {
            sessionNumber++;
            long seconds = session.getFirst().timedSeconds();
            for (SessionLink link : session) {
                int goal = tree.positionOf(link.goalId());
                if (goal < 0) {
                    continue;
                }
                direct[goal] += seconds;
                sessionCounts[goal]++;
                for (int reached = goal; reached >= 0 && markedBy[reached] != sessionNumber; reached = tree.parentOf(reached)) {
                    markedBy[reached] = sessionNumber;
                    subtree[reached] += seconds;
                }
            }
        }
        List<GoalTime> items = new ArrayList<>(goals);
        List<GoalRow> ordered = tree.inTreeOrder();
        for (int i = 0; i < goals; i++) {
            GoalRow goal = ordered.get(i);
            items.add(new GoalTime(goal.id(), goal.parentId(), goal.name(), goal.level(), direct[i], subtree[i],
                                   sessionCounts[i]));
        }
        return items;
    }

    /** The links grouped by session; a session is linked to each goal at most once. */
    private static Iterable<List<SessionLink>> bySession(List<SessionLink> links) {
        Map<UUID, List<SessionLink>> sessions = HashMap.newHashMap(links.size());
        links.forEach(link -> sessions.computeIfAbsent(link.sessionId(), id -> new ArrayList<>(3)).add(link));
        return sessions.values();
    }
}
