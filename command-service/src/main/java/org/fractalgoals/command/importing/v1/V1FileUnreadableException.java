package org.fractalgoals.command.importing.v1;

/** The file is not a SQLite database the reader can open and query (rows it cannot read are listed instead). */
public class V1FileUnreadableException extends RuntimeException {

    public V1FileUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
