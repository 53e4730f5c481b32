package org.fractalgoals.platform.security;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.time.Duration;
import java.util.List;

/**
 * Cross-origin calls: only the web app's own origins may call the API from a browser, with the headers our
 * contract uses, and may read the headers it answers with. In the normal set-up the app and the API share one
 * origin (the web entry) and none of this is needed; it matters when the services are reached directly.
 */
final class ApiCors {

    private ApiCors() {
    }

    static CorsConfigurationSource forOrigins(List<String> origins) {
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(List.copyOf(origins));
        api.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        api.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "If-Match",
                                      "X-Consistency-Token", "X-Request-Id"));
        api.setExposedHeaders(List.of("ETag", "Location", "Retry-After", "X-Consistency-Token", "X-Request-Id"));
        // Bearer tokens travel in a header, never in cookies.
        api.setAllowCredentials(false);
        api.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", api);
        return source;
    }
}
