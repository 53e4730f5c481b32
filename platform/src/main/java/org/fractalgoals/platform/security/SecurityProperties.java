package org.fractalgoals.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * How access tokens are checked.
 *
 * @param issuer            the only accepted {@code iss}
 * @param audience          a value that {@code aud} must contain
 * @param jwkSetUri         where the signing keys are published (Keycloak's certs endpoint)
 * @param publicKeyLocation a PEM public key used instead of the JWK set (tests sign their own tokens)
 * @param webOrigins        the only origins whose pages may call the API from a browser (CORS)
 */
@ConfigurationProperties("fractal.security")
public record SecurityProperties(@DefaultValue("http://localhost:8180/realms/fractal-goals") String issuer,
                                 @DefaultValue("fractal-api") String audience,
                                 @DefaultValue("http://localhost:8180/realms/fractal-goals/protocol/openid-connect/certs")
                                 String jwkSetUri,
                                 Resource publicKeyLocation,
                                 @DefaultValue("http://localhost:8080") List<String> webOrigins) {
}
