package org.fractalgoals.query.account;

import java.time.Instant;

/**
 * The caller's account: their user id (the token's {@code sub}) and the terms they accepted last, both null when they
 * have accepted none.
 */
public record AccountView(String id, Instant termsAcceptedAt, String termsVersion) {
}
