package org.fractalgoals.events.account;

import java.util.Objects;

/** The caller's own account: which terms they accepted, and when. */
public record FindAccount(String ownerId) {

    public FindAccount {
        Objects.requireNonNull(ownerId, "ownerId");
    }
}
