package org.fractalgoals.events.goal;

/**
 * A new value for an optional field: {@code null} as the change itself means "leave it", a change holding
 * {@code null} means "clear it".
 */
public record FieldChange<T>(T value) {

    public static <T> FieldChange<T> to(T value) {
        return new FieldChange<>(value);
    }
}
