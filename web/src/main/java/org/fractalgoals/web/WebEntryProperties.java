package org.fractalgoals.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;

/**
 * Where the two services listen, and what the app's pages may talk to.
 *
 * @param oidcOrigin the identity provider's origin (scheme, host, port) that the app signs in with
 * @param behindTls  true when a TLS terminator in front of this entry serves the app over HTTPS, so that browsers
 *                   are told to use HTTPS only (HSTS) even though this entry itself speaks plain HTTP
 */
@ConfigurationProperties("fractal.web")
public record WebEntryProperties(@DefaultValue("http://localhost:8081") URI commandService,
                                 @DefaultValue("http://localhost:8082") URI queryService,
                                 @DefaultValue("http://localhost:8180") String oidcOrigin,
                                 @DefaultValue("false") boolean behindTls) {
}
