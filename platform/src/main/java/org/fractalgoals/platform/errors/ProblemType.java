package org.fractalgoals.platform.errors;

import org.springframework.http.HttpStatus;

import java.net.URI;

/** The stable problem types of the API; clients may switch on {@link #uri()}. */
public enum ProblemType {
    VALIDATION("validation", "The request is not valid", HttpStatus.BAD_REQUEST),
    MALFORMED_REQUEST("malformed-request", "The request could not be read", HttpStatus.BAD_REQUEST),
    UNAUTHENTICATED("unauthenticated", "Authentication is required", HttpStatus.UNAUTHORIZED),
    ACCOUNT_ERASED("account-erased", "This account was erased", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", "Not allowed", HttpStatus.FORBIDDEN),
    NOT_FOUND("not-found", "Not found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED),
    CONFLICT("conflict", "A concurrent change conflicted with this one", HttpStatus.CONFLICT),
    STALE_VERSION("stale-version", "The resource changed since the version given in If-Match", HttpStatus.PRECONDITION_FAILED),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "The Idempotency-Key was used with a different request", HttpStatus.UNPROCESSABLE_ENTITY),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    IDENTITY_UNAVAILABLE("identity-unavailable", "The account could not be deleted at the identity provider", HttpStatus.SERVICE_UNAVAILABLE),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", HttpStatus.PAYLOAD_TOO_LARGE),
    RATE_LIMITED("rate-limited", "Too many requests", HttpStatus.TOO_MANY_REQUESTS),
    UNAVAILABLE("unavailable", "Temporarily unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    NOT_YET_CONSISTENT("not-yet-consistent", "The read models have not caught up with your change yet", HttpStatus.SERVICE_UNAVAILABLE),
    INTERNAL("internal", "Something went wrong on our side", HttpStatus.INTERNAL_SERVER_ERROR);

    private static final String PREFIX = "urn:fractal-goals:problem:";
    private final String slug;
    private final String title;
    private final HttpStatus status;

    ProblemType(String slug, String title, HttpStatus status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return URI.create(PREFIX + slug);
    }

    public String title() {
        return title;
    }

    public HttpStatus status() {
        return status;
    }
}
