package org.fractalgoals.query.analytics.session;

import io.swagger.v3.oas.annotations.media.Schema;
/** The counters of the sessions tab: every live session, the completed ones and the rest. */
@Schema(example = """
        {"total": 24, "completed": 22, "open": 2}""")
record SessionTotals(long total, long completed, long open) {

    static SessionTotals of(long total, long completed) {
        return new SessionTotals(total, completed, total - completed);
    }
}
