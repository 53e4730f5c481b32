package org.fractalgoals.platform.errors;

import java.util.List;

/** A business rule refused the request (answered 400 with the fields at fault). */
public class RuleViolationException extends RuntimeException {

    private final List<FieldError> errors;

    public RuleViolationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public RuleViolationException(List<FieldError> errors) {
        super(errors.isEmpty() ? "rule violated" : errors.getFirst().message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
