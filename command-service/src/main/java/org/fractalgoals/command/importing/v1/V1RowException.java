package org.fractalgoals.command.importing.v1;

/** A value of one row that the reader cannot make sense of; the message says which column and why. */
final class V1RowException extends RuntimeException {

    V1RowException(String message) {
        super(message, null, false, false);
    }
}
