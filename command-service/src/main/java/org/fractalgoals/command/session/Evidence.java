package org.fractalgoals.command.session;

import org.fractalgoals.events.goal.RecordedSet;

import java.util.List;
import java.util.UUID;

/**
 * What recording sets or values answers: the evidence to check against the targets of the session's goals
 * (the recorded sets, or all current single values as one set).
 */
record Evidence(List<UUID> goalIds, UUID activityId, List<RecordedSet> sets) {
}
