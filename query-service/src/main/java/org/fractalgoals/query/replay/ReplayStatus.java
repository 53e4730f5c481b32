package org.fractalgoals.query.replay;

/** Where a replay is: building (and switching over), done, or ended without touching the live read model. */
public enum ReplayStatus {
    RUNNING, COMPLETED, FAILED, CANCELLED
}
