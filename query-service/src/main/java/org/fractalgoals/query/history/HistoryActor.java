package org.fractalgoals.query.history;

import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.GoalChange;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.goal.TargetReopened;
import org.fractalgoals.platform.ActorMetaData;

/**
 * Who a history entry names as the actor: the user's id, or {@code system} for an automatic step.
 *
 * <p>The event's {@code actor} metadata says so, with one exception. Before automatic steps were marked (actor
 * {@code system}, the user in {@code onBehalfOf}), they carried the actor of the request that triggered them.
 * Achieving and re-opening targets and completing a goal by its targets are automatic by nature, so such an
 * event without {@code onBehalfOf} counts as {@code system}. An event without any actor (none was recorded)
 * names its owner.
 */
final class HistoryActor {

    private HistoryActor() {
    }

    static String of(GoalChange event, String actor, String onBehalfOf) {
        if (isAutomatic(event) && onBehalfOf == null) {
            return ActorMetaData.SYSTEM;
        }
        return actor != null ? actor : event.ownerId();
    }

    private static boolean isAutomatic(GoalChange event) {
        return switch (event) {
            case TargetAchieved achieved -> true;
            case TargetReopened reopened -> true;
            case GoalCompleted completed -> completed.source() == CompletionSource.TARGETS;
            default -> false;
        };
    }
}
