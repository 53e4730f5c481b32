package org.fractalgoals.events.template;

import org.fractalgoals.events.personaldata.PersonalData;

import java.util.List;
import java.util.UUID;

/** One section of a session template: a name, the planned minutes and the activities in order. */
public record TemplateSection(@PersonalData String name, int plannedMinutes, List<UUID> activityIds) {

    public TemplateSection {
        activityIds = activityIds == null ? List.of() : List.copyOf(activityIds);
    }
}
