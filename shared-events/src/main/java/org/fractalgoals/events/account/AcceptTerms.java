package org.fractalgoals.events.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that the user accepted the terms in {@code termsVersion}; accepting the same version again records nothing. */
public record AcceptTerms(@TargetAggregateIdentifier String accountId, String termsVersion, String ownerId,
                          Instant requestedAt) {
}
