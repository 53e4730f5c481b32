package org.fractalgoals.events.session;

/** Filter of the session list: sessions not completed yet, or completed ones. */
public enum SessionStatus {
    OPEN, COMPLETED
}
