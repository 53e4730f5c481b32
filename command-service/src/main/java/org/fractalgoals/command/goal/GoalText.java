package org.fractalgoals.command.goal;

import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.RuleViolationException;

import java.util.ArrayList;
import java.util.List;

/**
 * The length rules of a goal's texts. The HTTP layer checks them too, but commands also arrive from the
 * importer, so the aggregate does not rely on it.
 */
final class GoalText {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 5000;
    static final int RELEVANCE_MAX = 5000;

    private GoalText() {
    }

    static void check(String name, String description, String relevance) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "Must not be blank"));
        } else if (name.length() > NAME_MAX) {
            errors.add(new FieldError("name", "At most " + NAME_MAX + " characters"));
        }
        if (description != null && description.length() > DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "At most " + DESCRIPTION_MAX + " characters"));
        }
        if (relevance != null && relevance.length() > RELEVANCE_MAX) {
            errors.add(new FieldError("relevance", "At most " + RELEVANCE_MAX + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }
}
