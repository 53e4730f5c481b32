package org.fractalgoals.platform.security;

import org.fractalgoals.platform.crypto.ErasedOwners;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.fractalgoals.platform.ratelimit.RateLimitFilter;
import org.fractalgoals.platform.ratelimit.RateLimitProperties;
import org.fractalgoals.platform.ratelimit.RateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.security.config.annotation.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Both services are stateless OAuth2 resource servers: every API call needs a token from our realm with
 * our audience that has not expired and whose user was not erased; probes and API docs are open; admin calls
 * need the admin role.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SecurityProperties.class, RateLimitProperties.class})
public class ResourceServerConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper mapper, ErasedOwners erased,
                                   RateLimitProperties limits, SecurityProperties properties) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(mapper);
        http.csrf(AbstractHttpConfigurer::disable)
            .cors(cors -> cors.configurationSource(ApiCors.forOrigins(properties.webOrigins())))
            .headers(ApiHeaders::configure)
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .authorizeHttpRequests(requests -> requests
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                     "/actuator/info", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                     "/swagger-ui/**", "/error").permitAll()
                    .requestMatchers("/api/v1/admin/**").hasRole("admin")
                    .anyRequest().authenticated())
            .oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new RealmRolesConverter()))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                        @Override
                        public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                            filter.setAuthenticationFailureHandler(new TokenCheckFailureHandler(problems));
                            return filter;
                        }
                    }))
            .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            // Not a bean: Spring Boot would register a Filter bean a second time, outside the security chain.
            .addFilterAfter(new ErasedAccountFilter(erased, problems), BearerTokenAuthenticationFilter.class)
            .addFilterAfter(new RateLimitFilter(new RateLimiter(), limits, mapper), ErasedAccountFilter.class);
        return http.build();
    }


    /**
     * Spring Security would otherwise wrap each of its filters, the authentication and the authorization in an
     * observation of its own: about 4 % of the command-service's CPU per request in a profile under load, for
     * timers nobody reads. Requests keep their own observation ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties) throws IOException {
        NimbusJwtDecoder decoder = properties.publicKeyLocation() != null
                ? NimbusJwtDecoder.withPublicKey(readPublicKey(properties.publicKeyLocation())).build()
                : NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                audience(properties.audience()));
        decoder.setJwtValidator(validator);
        return new VerifiedTokenCache(decoder, validator, VerifiedTokenCache.DEFAULT_CAPACITY);
    }

    private static OAuth2TokenValidator<Jwt> audience(String expected) {
        OAuth2Error missing = new OAuth2Error("invalid_token", "The token is not meant for this API", null);
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(expected)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(missing);
    }

    /** The RSA key of a PEM file ({@code fractal.security.public-key-location}). */
    static RSAPublicKey readPublicKey(Resource location) throws IOException {
        try (InputStream in = location.getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
                    .replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                                            .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("fractal.security.public-key-location is not an RSA public key", e);
        }
    }
}
