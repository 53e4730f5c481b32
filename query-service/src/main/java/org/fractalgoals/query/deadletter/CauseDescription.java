package org.fractalgoals.query.deadletter;

import org.axonframework.messaging.deadletter.ThrowableCause;

import java.sql.SQLException;

/**
 * Why a projection failed, in words that cannot carry event content. Exception messages can (PostgreSQL quotes the
 * offending row's values in a constraint violation; a handler may put a name into its message), so only exception
 * classes are kept, and for SQL errors the SQLState.
 *
 * @param type    the class of the exception the handler threw
 * @param message the SQLState and class of the SQL error beneath it, or the class of its root cause
 */
record CauseDescription(String type, String message) {

    static CauseDescription of(Throwable failure) {
        SQLException sql = null;
        Throwable root = failure;
        for (Throwable current = failure; current != null && current.getCause() != current; current = current.getCause()) {
            if (sql == null && current instanceof SQLException found) {
                sql = found;
            }
            root = current;
        }
        String message = sql != null
                ? "SQLState " + sql.getSQLState() + " (" + sql.getClass().getName() + ")"
                : "root cause " + root.getClass().getName();
        return new CauseDescription(failure.getClass().getName(), message);
    }

    /** The form Axon stores with the dead letter (type and message columns). */
    ThrowableCause asCause() {
        return new ThrowableCause(type, message);
    }

    @Override
    public String toString() {
        return type + ": " + message;
    }
}
