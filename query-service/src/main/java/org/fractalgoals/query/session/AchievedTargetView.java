package org.fractalgoals.query.session;

import java.time.Instant;
import java.util.UUID;

/** A target this session's evidence achieved (first, since it was last reopened). */
public record AchievedTargetView(UUID targetId, UUID goalId, String name, Instant achievedAt) {
}
