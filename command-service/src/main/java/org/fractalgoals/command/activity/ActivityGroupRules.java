package org.fractalgoals.command.activity;

import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.RuleViolationException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The rules of an activity group's texts and of the group order. */
final class ActivityGroupRules {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 5000;

    private ActivityGroupRules() {
    }

    static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("name", "Name is required");
        }
        if (name.length() > NAME_MAX) {
            throw new RuleViolationException("name", "At most " + NAME_MAX + " characters");
        }
    }

    static void checkDescription(String description) {
        if (description != null && description.length() > DESCRIPTION_MAX) {
            throw new RuleViolationException("description", "At most " + DESCRIPTION_MAX + " characters");
        }
    }

    /** A new order must name every existing group exactly once, and nothing else. */
    static void checkOrder(List<UUID> requested, List<UUID> existing) {
        if (requested.isEmpty()) {
            throw new RuleViolationException("groupIds", "No group ids provided");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            UUID id = requested.get(i);
            if (id == null || !existing.contains(id)) {
                errors.add(new FieldError("groupIds[" + i + "]", "There is no such group in this fractal"));
            } else if (!seen.add(id)) {
                errors.add(new FieldError("groupIds[" + i + "]", "Appears more than once"));
            }
        }
        if (errors.isEmpty() && seen.size() != existing.size()) {
            errors.add(new FieldError("groupIds", "Must list every group of the fractal exactly once ("
                    + (existing.size() - seen.size()) + " missing)"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }
}
