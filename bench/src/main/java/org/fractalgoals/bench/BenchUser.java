package org.fractalgoals.bench;

import org.fractalgoals.testsupport.TestTokens;

import java.time.Duration;

/** One signed-in user for a run that outlasts a token: the token is signed anew before it runs out. */
final class BenchUser {

    private static final Duration RENEW_AFTER = Duration.ofMinutes(2);

    private final String id = TestTokens.newUserId();
    private final String[] roles;
    private String token;
    private long signedAt;

    BenchUser(String... roles) {
        this.roles = roles.clone();
    }

    synchronized String token() {
        if (token == null || System.nanoTime() - signedAt > RENEW_AFTER.toNanos()) {
            token = TestTokens.forUser(id, roles);
            signedAt = System.nanoTime();
        }
        return token;
    }
}
