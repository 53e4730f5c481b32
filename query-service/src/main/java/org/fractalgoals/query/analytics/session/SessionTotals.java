package org.fractalgoals.query.analytics.session;

/** The counters of the sessions tab: every live session, the completed ones and the rest. */
record SessionTotals(long total, long completed, long open) {

    static SessionTotals of(long total, long completed) {
        return new SessionTotals(total, completed, total - completed);
    }
}
