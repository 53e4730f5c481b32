package org.fractalgoals.command.session;

import org.fractalgoals.platform.errors.FieldError;

import java.util.List;

/** Length rules of the texts of a session; commands also arrive from the importer, so the aggregate checks them. */
final class SessionText {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 5000;
    static final int NOTES_MAX = 5000;

    private SessionText() {
    }

    static void check(String field, String value, int max, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "At most " + max + " characters"));
        }
    }
}
