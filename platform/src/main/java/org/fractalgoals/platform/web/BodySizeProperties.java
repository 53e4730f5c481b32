package org.fractalgoals.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * Request body limits ({@code fractal.web.*}): JSON commands are small (the largest, a session's sets, stays far
 * below the default); only file uploads may be large.
 *
 * @param maxBodySize      the limit of every API request
 * @param largeBodyPaths   path prefixes that take files and have the larger limit
 * @param largeBodyMaxSize the limit on those paths (an original app's database can be 100 MB and more)
 */
@ConfigurationProperties("fractal.web")
public record BodySizeProperties(@DefaultValue("1MB") DataSize maxBodySize,
                                 @DefaultValue("/api/v1/imports") List<String> largeBodyPaths,
                                 @DefaultValue("512MB") DataSize largeBodyMaxSize) {
}
