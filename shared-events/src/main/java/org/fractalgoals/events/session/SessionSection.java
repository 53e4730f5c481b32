package org.fractalgoals.events.session;

import org.fractalgoals.events.personaldata.PersonalData;

import java.util.List;

/** A section of a session: its name, the minutes planned for it (null when none) and its activity instances in order. */
public record SessionSection(@PersonalData String name, Integer plannedMinutes, List<SessionInstance> instances) {

    public SessionSection {
        instances = instances == null ? List.of() : List.copyOf(instances);
    }
}
