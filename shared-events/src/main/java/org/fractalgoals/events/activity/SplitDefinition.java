package org.fractalgoals.events.activity;

import org.fractalgoals.events.personaldata.PersonalData;

import java.util.Objects;
import java.util.UUID;

/** A split of an activity (such as Left and Right): each metric is recorded per split. */
public record SplitDefinition(UUID splitId, @PersonalData String name) {

    public SplitDefinition {
        Objects.requireNonNull(splitId, "splitId");
    }
}
