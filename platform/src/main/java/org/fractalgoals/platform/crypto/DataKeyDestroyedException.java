package org.fractalgoals.platform.crypto;

import org.fractalgoals.platform.errors.ProblemException;
import org.fractalgoals.platform.errors.ProblemType;
import org.fractalgoals.platform.security.BearerChallenge;

import java.util.Map;

/**
 * Thrown when something tries to write personal data for a user whose key has been destroyed (erased). The
 * only writer of a user's data is that user, so the answer is the same as for their tombstoned token.
 */
public class DataKeyDestroyedException extends ProblemException {

    public DataKeyDestroyedException() {
        super(ProblemType.ACCOUNT_ERASED, "This account was erased; nothing can be stored in its name any more",
              Map.of("WWW-Authenticate", BearerChallenge.ACCOUNT_ERASED));
    }
}
