package org.fractalgoals.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.time.Duration;

/**
 * Response headers of the services. The API answers JSON only, so its pages may load nothing and be framed by
 * nobody; Swagger UI, the one HTML page, may load its own scripts and styles. Spring Security's defaults add
 * nosniff, X-Frame-Options DENY, no-store caching and HSTS, which it sends only on requests that arrived over TLS.
 */
final class ApiHeaders {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String DOCS_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private ApiHeaders() {
    }

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        RequestMatcher docs = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
               .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                                        .maxAgeInSeconds(Duration.ofDays(365).toSeconds()))
               .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                       new NegatedRequestMatcher(docs), new StaticHeadersWriter("Content-Security-Policy", API_POLICY)))
               .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                       docs, new StaticHeadersWriter("Content-Security-Policy", DOCS_POLICY)));
    }
}
