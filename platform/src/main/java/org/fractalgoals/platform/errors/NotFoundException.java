package org.fractalgoals.platform.errors;

/** A missing id, or one that belongs to someone else: both answer 404 so that nothing leaks. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
