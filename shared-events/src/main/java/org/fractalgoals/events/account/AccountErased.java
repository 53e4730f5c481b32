package org.fractalgoals.events.account;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Objects;

/**
 * The user's personal data was erased at {@code occurredAt}: their data key is destroyed (their encrypted text
 * reads as the placeholder from now on), their identity is deleted, and read models drop their rows. The user
 * id stays, as a tombstone: nothing may be done in its name again. The last event of an account.
 */
@Revision("1")
public record AccountErased(String ownerId, Instant occurredAt) implements AccountEvent {

    public AccountErased {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
