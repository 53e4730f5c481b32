package org.fractalgoals.query.account;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * The caller's account: their user id (the token's {@code sub}) and the terms they accepted last, both null when they
 * have accepted none.
 */
@Schema(example = """
        {"id": "f3a1c2d4-5b6e-4f70-8a91-b2c3d4e5f607", "termsVersion": "2026-01", "termsAcceptedAt": "2026-01-05T09:58:00Z"}""")
public record AccountView(String id, Instant termsAcceptedAt, String termsVersion) {
}
