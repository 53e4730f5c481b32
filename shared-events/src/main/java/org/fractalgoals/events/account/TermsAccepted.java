package org.fractalgoals.events.account;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Objects;

/** The user accepted the terms of use in {@code termsVersion} at {@code occurredAt}. */
@Revision("1")
public record TermsAccepted(String termsVersion, String ownerId, Instant occurredAt) implements AccountEvent {

    public TermsAccepted {
        Objects.requireNonNull(termsVersion, "termsVersion");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
