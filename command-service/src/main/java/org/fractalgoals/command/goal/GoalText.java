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
        nameError(name, errors);
        lengthError("description", description, DESCRIPTION_MAX, errors);
        lengthError("relevance", relevance, RELEVANCE_MAX, errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }

    static void checkName(String name) {
        check(name, null, null);
    }

    static void checkDescription(String description) {
        check("-", description, null);
    }

    static void checkRelevance(String relevance) {
        check("-", null, relevance);
    }

    private static void nameError(String name, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "Must not be blank"));
        } else {
            lengthError("name", name, NAME_MAX, errors);
        }
    }

    private static void lengthError(String field, String value, int max, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "At most " + max + " characters"));
        }
    }
}
