package org.fractalgoals.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;

/** Where the two services listen. */
@ConfigurationProperties("fractal.web")
public record WebEntryProperties(@DefaultValue("http://localhost:8081") URI commandService,
                                 @DefaultValue("http://localhost:8082") URI queryService) {
}
