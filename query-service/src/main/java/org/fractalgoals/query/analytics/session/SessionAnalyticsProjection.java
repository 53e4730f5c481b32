package org.fractalgoals.query.analytics.session;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.session.SessionCompleted;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionDeleted;
import org.fractalgoals.events.session.SessionReopened;
import org.fractalgoals.events.session.SessionStartChanged;
import org.fractalgoals.query.erasure.OwnerFractals;
import org.fractalgoals.query.replay.ReadModelTables;
import org.springframework.stereotype.Component;

/**
 * The session analytics read model: when each session took place, whether it is completed and for how long.
 * Only the session events that change those are handled; each is skipped at or below the session's version, so a
 * redelivered event changes nothing, and a deleted session or fractal stays deleted.
 */
@Component
@ReadModelTables({"analytics_session", "analytics_session_deleted_fractal"})
@ProcessingGroup(SessionAnalyticsProjection.GROUP)
class SessionAnalyticsProjection {

    static final String GROUP = "session-analytics";

    private final SessionAnalyticsRepository sessions;
    private final OwnerFractals owners;

    SessionAnalyticsProjection(SessionAnalyticsRepository sessions, OwnerFractals owners) {
        this.sessions = sessions;
        this.owners = owners;
    }

    @EventHandler
    void on(SessionCreated event, @SequenceNumber long sequence) {
        sessions.insert(event.fractalId(), event.sessionId(), event.occurredAt(), event.startedAt(), sequence);
    }

    @EventHandler
    void on(SessionStartChanged event, @SequenceNumber long sequence) {
        sessions.changeStart(event.sessionId(), event.startedAt(), sequence);
    }

    @EventHandler
    void on(SessionCompleted event, @SequenceNumber long sequence) {
        sessions.complete(event.sessionId(), event.durationSeconds(), sequence);
    }

    @EventHandler
    void on(SessionReopened event, @SequenceNumber long sequence) {
        sessions.reopen(event.sessionId(), sequence);
    }

    @EventHandler
    void on(SessionDeleted event, @SequenceNumber long sequence) {
        sessions.delete(event.sessionId(), sequence);
    }

    @EventHandler
    void on(FractalDeleted event) {
        sessions.deleteFractal(event.fractalId());
    }

    @EventHandler
    void on(AccountErased event) {
        sessions.erase(owners.erasing(event.ownerId()));
    }
}
