package org.fractalgoals.events.session;

import org.fractalgoals.events.personaldata.OwnedEvent;

import java.util.UUID;

/** Everything that happens to one practice session and its activity instances. */
public sealed interface SessionEvent extends OwnedEvent
        permits SessionCreated, SessionRenamed, SessionDescriptionChanged, SessionStartChanged, SessionGoalsLinked,
                SessionGoalsUnlinked, SessionSectionAdded, ActivityInstanceAdded, ActivityInstanceRemoved,
                ActivityInstanceMoved, TimerStarted, TimerStopped, TimerReset, InstanceTimesSet, SetsRecorded,
                ValuesRecorded, InstanceNoteChanged, SessionCompleted, SessionReopened, SessionDeleted {

    UUID fractalId();

    UUID sessionId();
}
