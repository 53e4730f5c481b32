package org.fractalgoals.platform.errors;

/** One reason a request was refused, named by the request field it is about. */
public record FieldError(String field, String message) {
}
