package org.fractalgoals.events.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Erases the user's personal data (see {@link AccountErased}). */
public record EraseAccount(@TargetAggregateIdentifier String accountId, String ownerId, Instant requestedAt) {
}
