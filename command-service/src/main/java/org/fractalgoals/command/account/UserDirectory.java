package org.fractalgoals.command.account;

import java.util.Optional;

/** Finds a user's id (the tokens' {@code sub}) by username, for operators who name users by their usernames. */
public interface UserDirectory {

    /** Empty when no user has exactly this username; a 503 problem when the identity provider cannot be asked. */
    Optional<String> idOf(String username);
}
