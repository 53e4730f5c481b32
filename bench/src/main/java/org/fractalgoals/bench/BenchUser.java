package org.fractalgoals.bench;

import org.fractalgoals.testsupport.TestTokens;

import java.time.Duration;

/** One signed-in user for a run that outlasts a token: the token is signed anew before it runs out. */
final class BenchUser {

    private static final Duration RENEW_AFTER = Duration.ofMinutes(2);

    private final String id;
    private final String[] roles;
    private String token;
    private long signedAt;

    BenchUser(String... roles) {
        this(TestTokens.newUserId(), roles.clone());
    }

    private BenchUser(String id, String[] roles) {
        this.id = id;
        this.roles = roles;
    }

    /** A user whose id is already known, e.g. the owner of seeded events. */
    static BenchUser withId(String id, String... roles) {
        return new BenchUser(id, roles.clone());
    }

    String id() {
        return id;
    }

    synchronized String token() {
        if (token == null || System.nanoTime() - signedAt > RENEW_AFTER.toNanos()) {
            token = TestTokens.forUser(id, roles);
            signedAt = System.nanoTime();
        }
        return token;
    }
}
