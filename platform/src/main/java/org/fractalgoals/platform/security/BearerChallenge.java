package org.fractalgoals.platform.security;

/** {@code WWW-Authenticate} values of our 401 answers (RFC 6750 §3). */
public final class BearerChallenge {

    public static final String UNAUTHENTICATED = "Bearer realm=\"fractal-goals\"";

    /** The token itself is fine, but its user no longer exists here: the client must not retry with it. */
    public static final String ACCOUNT_ERASED =
            "Bearer realm=\"fractal-goals\", error=\"invalid_token\", error_description=\"The account was erased\"";

    private BearerChallenge() {
    }
}
