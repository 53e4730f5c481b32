package org.fractalgoals.command.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an erased user is deleted in Keycloak: through the service account of client {@code clientId}, which
 * holds {@code realm-management/manage-users}.
 *
 * @param adminBaseUrl Keycloak's base URL, from which the token and admin endpoints are derived
 * @param realm        the realm our users live in
 * @param clientSecret the client's secret ({@code FRACTAL_IDENTITY_CLIENT_SECRET}); the default is the realm
 *                     file's public development secret
 * @param deleteUsers  {@code false} only for tests that run without a Keycloak: erasure then leaves the identity
 *                     alone and does everything else
 */
@ConfigurationProperties("fractal.identity")
record IdentityProperties(@DefaultValue("http://localhost:8180") String adminBaseUrl,
                          @DefaultValue("fractal-goals") String realm,
                          @DefaultValue("fractal-services") String clientId,
                          @DefaultValue(IdentityProperties.DEV_CLIENT_SECRET) String clientSecret,
                          @DefaultValue("true") boolean deleteUsers) {

    /** The secret the realm file gives the client: public, for development only. */
    static final String DEV_CLIENT_SECRET = "fractal-services-dev-secret";
}
