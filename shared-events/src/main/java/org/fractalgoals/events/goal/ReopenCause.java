package org.fractalgoals.events.goal;

/** Why an achieved target counts as not achieved again. */
public enum ReopenCause {
    /** Its goal was uncompleted by hand. */
    GOAL_UNCOMPLETED,
    /** Its activity or thresholds changed, so the old evidence no longer proves it. */
    TARGET_REDEFINED,
    /** Stored before revision 2, which added the cause; the event did not say. */
    UNRECORDED
}
