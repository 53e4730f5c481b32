package org.fractalgoals.events.personaldata;

import java.time.Instant;

/**
 * An event of an aggregate that belongs to one user. The owner id selects the key that encrypts the
 * event's {@link PersonalData}; the business time is when the change happened for the user, which differs
 * from the storage time for imported data.
 */
public interface OwnedEvent {

    String ownerId();

    Instant occurredAt();
}
