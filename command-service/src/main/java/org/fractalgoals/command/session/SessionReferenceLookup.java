package org.fractalgoals.command.session;

import org.fractalgoals.command.activity.ActivityLookup;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * The session rules' view of activities (from the activities feature's {@link ActivityLookup}) and goals (from
 * the {@link SessionDirectory}). The activity lookup is taken when needed, so the service also starts where
 * the activities feature is not deployed; then anything that needs an activity fails loudly.
 */
@Component
class SessionReferenceLookup implements SessionReferences {

    private final ActivityLookup activities;
    private final SessionDirectory directory;

    SessionReferenceLookup(ActivityLookup activities, SessionDirectory directory) {
        this.activities = activities;
        this.directory = directory;
    }

    @Override
    public Optional<ActivityLookup.Shape> activity(UUID fractalId, UUID activityId) {
        return activityId == null ? Optional.empty() : activities.find(fractalId, activityId);
    }

    @Override
    public boolean goalExists(UUID fractalId, UUID goalId) {
        return goalId != null && directory.goalExists(fractalId, goalId);
    }
}
