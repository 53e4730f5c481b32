package org.fractalgoals.platform.crypto;

/** Thrown when something tries to write personal data for a user whose key has been destroyed (erased). */
public class DataKeyDestroyedException extends RuntimeException {

    public DataKeyDestroyedException() {
        super("The owner's data key was destroyed; no new personal data can be stored for this user");
    }
}
